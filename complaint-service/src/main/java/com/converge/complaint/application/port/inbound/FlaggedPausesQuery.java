package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ReportPeriod;

/** Flagged pauses set in {@code period}, of {@code assignee}'s complaints unless null, by time; {@code cursor} is the previous page's nextCursor. */
public record FlaggedPausesQuery(ReportPeriod period, String assignee, boolean newestFirst, String cursor, int limit) {

    public static final int MAX_LIMIT = 100;

    public FlaggedPausesQuery {
        Commands.require(period, "from");
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        Commands.limit(limit, MAX_LIMIT);
    }
}
