package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.order.domain.Destination;
import java.util.Locale;

/** A customer's cart; with a promo code its discount is previewed, with a destination its shipping fee. */
public record ViewCartQuery(CustomerId customerId, String promoCode, Destination shipTo) {

    public ViewCartQuery {
        Require.present(customerId, "customerId");
        promoCode = Require.optionalText(promoCode, "promoCode", 40);
        promoCode = promoCode == null ? null : promoCode.toUpperCase(Locale.ROOT);
    }

    public static ViewCartQuery plain(CustomerId customerId) {
        return new ViewCartQuery(customerId, null, null);
    }
}
