package com.converge.callqueue.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;

public interface RegisterLeadUseCase {

    /** A newly registered customer becomes a lead in {@code unsigned_users} at score 0 (once). */
    Uni<Void> customerRegistered(CustomerId customerId);
}
