package com.converge.callqueue.application.port.inbound;

import com.converge.callqueue.domain.DoNotCallEntry;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.util.List;

public interface DoNotCallUseCase {

    int MAX_LIMIT = 500;

    /** Puts a customer on the do-not-call list (again is harmless): they are never served to an agent. */
    Uni<DoNotCallEntry> add(CustomerId customerId, String addedBy, String reason);

    Uni<List<DoNotCallEntry>> list(int limit);
}
