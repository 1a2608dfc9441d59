package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.CustomerSegment;

/** Placed customers, by customer id; {@code segment} null means all segments; {@code cursor} is the previous page's nextCursor. */
public record ListSegmentMembersQuery(CustomerSegment segment, String cursor, int limit) {

    public static final int MAX_LIMIT = 100;

    public ListSegmentMembersQuery {
        Commands.limit(limit, MAX_LIMIT);
    }
}
