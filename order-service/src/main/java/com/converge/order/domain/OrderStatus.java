package com.converge.order.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** pending -> confirmed -> packed -> shipped -> delivered; cancelled before shipping; returned after shipping. */
public enum OrderStatus {
    PENDING, CONFIRMED, PACKED, SHIPPED, DELIVERED, CANCELLED, RETURNED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean mayMoveTo(OrderStatus target) {
        return successors().contains(target);
    }

    private Set<OrderStatus> successors() {
        switch (this) {
            case PENDING:
                return EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED:
                return EnumSet.of(PACKED, CANCELLED);
            case PACKED:
                return EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED:
                // a buyer who refuses the parcel at the door sends it back
                return EnumSet.of(DELIVERED, RETURNED);
            case DELIVERED:
                return EnumSet.of(RETURNED);
            default:
                return EnumSet.noneOf(OrderStatus.class);
        }
    }

    /** What a move does to the stock of the order's lines. */
    public StockMovement stockMovementTo(OrderStatus target) {
        if (this == PENDING && target == CONFIRMED) {
            return StockMovement.COMMIT;
        }
        if (this == PENDING && target == CANCELLED) {
            return StockMovement.RELEASE;
        }
        if (target == CANCELLED || target == RETURNED) {
            return StockMovement.RESTOCK;
        }
        return StockMovement.NONE;
    }
}
