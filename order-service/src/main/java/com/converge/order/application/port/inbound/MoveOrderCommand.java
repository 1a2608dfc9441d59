package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.OrderId;

public record MoveOrderCommand(OrderId orderId, OrderMove move, Caller caller, String reason, String carrier,
                               String trackingNumber) {

    public MoveOrderCommand {
        Require.present(orderId, "orderId");
        Require.present(move, "move");
        Require.present(caller, "caller");
        reason = Require.optionalText(reason, "reason", 500);
        carrier = Require.optionalText(carrier, "carrier", 100);
        trackingNumber = Require.optionalText(trackingNumber, "trackingNumber", 100);
        if ((move == OrderMove.CANCEL || move == OrderMove.RETURN) && reason == null) {
            throw new InvalidValueException("reason", "is required");
        }
        if (move == OrderMove.SHIP && carrier == null) {
            throw new InvalidValueException("carrier", "is required");
        }
    }

    public static MoveOrderCommand of(OrderId orderId, OrderMove move, Caller caller) {
        return new MoveOrderCommand(orderId, move, caller, null, null, null);
    }
}
