package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.SupportCall;
import com.converge.complaint.domain.SupportInteraction;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/** Calls (recorded here) and public complaint messages (read from the thread), per customer. */
public interface SupportInteractions {

    /** Stores the call unless it is known already. */
    Uni<Void> recordCall(SupportCall call);

    /** Newest first, those before ({@code beforeAt}, {@code beforeId}) when given. */
    Uni<List<SupportInteraction>> page(CustomerId customerId, Instant beforeAt, String beforeId, int limit);
}
