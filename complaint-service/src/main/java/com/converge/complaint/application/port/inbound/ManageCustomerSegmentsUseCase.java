package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.SegmentMembership;
import com.converge.kernel.application.Page;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;

public interface ManageCustomerSegmentsUseCase {

    /** Places (or moves) a customer; complaints already raised keep their policy. */
    Uni<SegmentMembership> place(PlaceCustomerInSegmentCommand command);

    /** The customer's segment: standard unless an administrator placed them. */
    Uni<SegmentMembership> segmentOf(CustomerId customer);

    Uni<Page<SegmentMembership>> list(ListSegmentMembersQuery query);
}
