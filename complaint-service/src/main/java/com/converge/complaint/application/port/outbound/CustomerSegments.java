package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.CustomerSegment;
import com.converge.complaint.domain.SegmentMembership;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/** The segments administrators placed customers in. */
public interface CustomerSegments {

    Uni<Optional<SegmentMembership>> find(CustomerId customer);

    Uni<Void> save(SegmentMembership membership);

    /** Placed customers by id after {@code afterCustomer} (null: from the first), in {@code segment} unless null. */
    Uni<List<SegmentMembership>> list(CustomerSegment segment, Long afterCustomer, int limit);
}
