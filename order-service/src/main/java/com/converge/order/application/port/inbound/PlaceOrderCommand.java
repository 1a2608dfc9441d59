package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.order.domain.Destination;
import com.converge.order.domain.PaymentMethod;
import java.util.List;
import java.util.Locale;

/** {@code promoCode} and {@code shipTo} are optional; without a destination no shipping fee is charged. */
public record PlaceOrderCommand(CustomerId customerId, PaymentMethod paymentMethod, List<Item> items, String promoCode,
                                Destination shipTo, String placedBy) {

    public static final int MAX_LINES = 50;
    public static final int MAX_QUANTITY = 1000;

    public PlaceOrderCommand {
        Require.present(customerId, "customerId");
        Require.present(paymentMethod, "paymentMethod");
        if (items == null || items.isEmpty()) {
            throw new InvalidValueException("items", "an order has at least one item");
        }
        if (items.size() > MAX_LINES) {
            throw new InvalidValueException("items", "an order has at most " + MAX_LINES + " items");
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item == null || item.sku() == null || item.sku().isBlank()) {
                throw new InvalidValueException("items[" + i + "].sku", "is required");
            }
            if (item.quantity() < 1 || item.quantity() > MAX_QUANTITY) {
                throw new InvalidValueException("items[" + i + "].quantity", "is between 1 and " + MAX_QUANTITY);
            }
        }
        items = List.copyOf(items);
        promoCode = promoCode == null || promoCode.isBlank() ? null : promoCode.strip().toUpperCase(Locale.ROOT);
        Require.present(placedBy, "placedBy");
    }

    public record Item(String sku, int quantity) {
    }
}
