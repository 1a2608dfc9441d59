package com.converge.order.application.port.outbound;

import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Customers' carts: per customer at most one line per variant. */
public interface Carts {

    /**
     * Adds {@code quantity} to the customer's line of the variant, starting the line if there is none,
     * in one statement, so concurrent adds sum; the line's quantity afterwards.
     */
    Uni<Integer> add(CustomerId customer, UUID variantId, String sku, int quantity, Instant at);

    /** Sets the line's quantity, starting the line if there is none. */
    Uni<Void> set(CustomerId customer, UUID variantId, String sku, int quantity, Instant at);

    /** The quantity of the customer's line of the variant, 0 without one. */
    Uni<Integer> quantity(CustomerId customer, UUID variantId);

    Uni<Integer> lineCount(CustomerId customer);

    Uni<Void> remove(CustomerId customer, String sku);

    /** Oldest line first. */
    Uni<List<CartLine>> lines(CustomerId customer);

    /** The lines, locked until the transaction ends, so nothing is added to or taken from them meanwhile. */
    Uni<List<CartLine>> linesToOrder(CustomerId customer);

    Uni<Void> removeOrdered(CustomerId customer, Collection<UUID> variantIds);

    record CartLine(UUID variantId, String sku, int quantity) {
    }
}
