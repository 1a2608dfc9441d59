package com.converge.order.application.port.outbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import com.converge.order.domain.Promo;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;

public interface Promos {

    /** Stores a new code; a code already taken is a conflict. */
    Uni<Void> add(Promo promo);

    Uni<Optional<Promo>> find(String code);

    /**
     * Takes one use of the code if it has one left, in one conditional update: false when its total
     * limit is reached. Holds the code's row until commit, so this customer's uses counted next are current.
     */
    Uni<Boolean> takeUse(String code);

    /** How often {@code customerId} has used the code, counted with a locking read (the latest committed). */
    Uni<Integer> usesBy(String code, CustomerId customerId);

    Uni<Void> redeemed(String code, CustomerId customerId, OrderId orderId, Money discount, Instant at);
}
