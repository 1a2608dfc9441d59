package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.Priority;
import com.converge.complaint.domain.ReportPeriod;
import java.util.Set;

/**
 * Which complaints a report counts. A null criterion matches anything; {@code assignees} null
 * means any assignee, empty means none (a team without members).
 */
public record ReportFilter(ReportPeriod period, Priority priority, ComplaintType type, Set<String> assignees) {

    public ReportFilter {
        assignees = assignees == null ? null : Set.copyOf(assignees);
    }
}
