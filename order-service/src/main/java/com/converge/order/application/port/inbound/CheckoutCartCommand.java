package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.order.domain.Destination;
import com.converge.order.domain.PaymentMethod;
import java.util.List;

/** Placing an order of everything in the customer's cart; the rest as for {@link PlaceOrderCommand}. */
public record CheckoutCartCommand(CustomerId customerId, PaymentMethod paymentMethod, String promoCode, Destination shipTo,
                                  String placedBy) {

    public CheckoutCartCommand {
        Require.present(customerId, "customerId");
        Require.present(paymentMethod, "paymentMethod");
        Require.present(placedBy, "placedBy");
    }

    public PlaceOrderCommand orderOf(List<PlaceOrderCommand.Item> items) {
        return new PlaceOrderCommand(customerId, paymentMethod, items, promoCode, shipTo, placedBy);
    }
}
