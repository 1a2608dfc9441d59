package com.converge.complaint.domain;

import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.Objects;

/** The segment a customer is in, and who placed them there when; {@code updatedBy}/{@code updatedAt} are null for the default. */
public record SegmentMembership(CustomerId customer, CustomerSegment segment, String updatedBy, Instant updatedAt) {

    public SegmentMembership {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(segment, "segment");
    }

    /** A customer no administrator placed. */
    public static SegmentMembership standard(CustomerId customer) {
        return new SegmentMembership(customer, CustomerSegment.STANDARD, null, null);
    }
}
