package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.ServiceSlot;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import java.util.List;
import java.util.Objects;

public record CreateBookingCommand(CustomerId customerId, long addressId, List<Item> items) {

    public static final int MAX_ITEMS = 10;

    public record Item(long rateCardId, int quantity, ServiceSlot slot) {
    }

    public CreateBookingCommand {
        Objects.requireNonNull(customerId, "customerId");
        if (addressId <= 0) {
            throw new InvalidValueException("addressId", "is required");
        }
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new InvalidValueException("items", "a booking has 1.." + MAX_ITEMS + " items");
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.quantity() < 1 || item.quantity() > 10) {
                throw new InvalidValueException("items[" + i + "].quantity", "must be 1..10");
            }
            if (item.rateCardId() <= 0) {
                throw new InvalidValueException("items[" + i + "].rateCardId", "is required");
            }
            Objects.requireNonNull(item.slot(), "slot");
        }
        items = List.copyOf(items);
    }
}
