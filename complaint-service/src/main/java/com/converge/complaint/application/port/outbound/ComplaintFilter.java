package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.ComplaintStatus;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.Priority;
import com.converge.kernel.domain.CustomerId;
import java.time.Instant;
import java.util.Set;

/**
 * Which complaints a list shows, in created order, after the keyset ({@code afterCreatedAt},
 * {@code afterId}) of the previous page. A null criterion matches anything; {@code breached}
 * means a clock overran its target, reported by the monitor or overdue at {@code now}.
 */
public record ComplaintFilter(Set<ComplaintStatus> statuses, Priority priority, ComplaintType type, String assignee,
                              Boolean breached, CustomerId customer, boolean newestFirst, Instant afterCreatedAt,
                              String afterId, Instant now) {

    public ComplaintFilter {
        statuses = Set.copyOf(statuses);
    }
}
