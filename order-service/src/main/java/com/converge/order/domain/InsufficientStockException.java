package com.converge.order.domain;

import com.converge.kernel.domain.ConflictException;
import java.util.List;
import java.util.stream.Collectors;

/** Placing the order would oversell: nothing was reserved. */
public class InsufficientStockException extends ConflictException {

    private final List<Shortage> shortages;

    public InsufficientStockException(List<Shortage> shortages) {
        super("insufficient-stock", "not enough stock: " + shortages.stream()
                .map(s -> s.sku() + " wants " + s.requested() + ", " + s.available() + " available")
                .collect(Collectors.joining("; ")));
        this.shortages = List.copyOf(shortages);
    }

    public List<Shortage> shortages() {
        return shortages;
    }
}
