package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.OrderId;
import java.time.Duration;

public record ExtendReservationCommand(OrderId orderId, Duration by, Caller caller) {

    public ExtendReservationCommand {
        Require.present(orderId, "orderId");
        Require.present(by, "minutes");
        Require.present(caller, "caller");
        if (by.isNegative() || by.isZero() || by.toMinutes() > 1440) {
            throw new InvalidValueException("minutes", "is between 1 and 1440");
        }
    }
}
