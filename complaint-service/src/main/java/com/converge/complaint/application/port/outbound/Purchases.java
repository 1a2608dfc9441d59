package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.Purchase;
import com.converge.complaint.domain.PurchaseOutcome;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Optional;

/** The local projection of bookings and orders. */
public interface Purchases {

    /** Stores the purchase unless it is known already. */
    Uni<Void> record(Purchase purchase);

    Uni<Optional<Purchase>> find(Purchase.Kind kind, String id);

    /** Notes what became of a known purchase (a refund counts each time); an unknown one is left alone. */
    Uni<Void> recordOutcome(Purchase.Kind kind, String id, PurchaseOutcome outcome, Instant at);

    /** How many of the customer's purchases of that kind completed (bookings) or were delivered (orders). */
    Uni<Long> completedCount(CustomerId customerId, Purchase.Kind kind);
}
