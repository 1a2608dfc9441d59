package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.Purchase;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** The local projection of bookings and orders. */
public interface Purchases {

    /** Stores the purchase unless it is known already. */
    Uni<Void> record(Purchase purchase);

    Uni<Optional<Purchase>> find(Purchase.Kind kind, String id);
}
