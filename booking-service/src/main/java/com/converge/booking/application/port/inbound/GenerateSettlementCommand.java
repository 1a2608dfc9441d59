package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.provider.ProviderId;
import com.converge.booking.domain.settlement.SettlementStatement;
import java.time.LocalDate;
import java.util.Objects;

/** The provider and the days (India time, both included) whose completed bookings to settle. */
public record GenerateSettlementCommand(ProviderId providerId, LocalDate periodStart, LocalDate periodEnd) {

    public GenerateSettlementCommand {
        Objects.requireNonNull(providerId, "providerId");
        SettlementStatement.requireValidPeriod(periodStart, periodEnd);
    }
}
