package com.converge.callqueue.application.port.outbound;

import com.converge.callqueue.domain.DoNotCallEntry;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.util.List;

public interface DoNotCallList {

    /** Adds the customer unless already listed; returns the listing that stands. */
    Uni<DoNotCallEntry> add(DoNotCallEntry entry);

    Uni<List<DoNotCallEntry>> latest(int limit);

    Uni<DoNotCallEntry> find(CustomerId customerId);
}
