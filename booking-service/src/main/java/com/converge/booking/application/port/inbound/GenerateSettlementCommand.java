package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.provider.ProviderId;
import com.converge.booking.domain.settlement.SettlementStatement;
import com.converge.kernel.domain.InvalidValueException;
import java.time.LocalDate;

/** The provider and the days (India time, both included) whose completed bookings to settle. */
public record GenerateSettlementCommand(ProviderId providerId, LocalDate periodStart, LocalDate periodEnd) {

    public GenerateSettlementCommand {
        if (providerId == null) {
            throw new InvalidValueException("providerId", "is required");
        }
        SettlementStatement.requireValidPeriod(periodStart, periodEnd);
    }
}
