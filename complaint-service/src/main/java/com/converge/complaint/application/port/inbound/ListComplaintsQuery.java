package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintStatus;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.Priority;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import java.util.Set;

/** {@code statuses} empty means the unresolved ones; {@code cursor} is the previous page's nextCursor. */
public record ListComplaintsQuery(Set<ComplaintStatus> statuses, Priority priority, ComplaintType type, String assignee,
                                  Boolean breached, boolean newestFirst, String cursor, int limit, Caller caller) {

    public static final int MAX_LIMIT = 100;

    public ListComplaintsQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Commands.require(caller, "caller");
    }
}
