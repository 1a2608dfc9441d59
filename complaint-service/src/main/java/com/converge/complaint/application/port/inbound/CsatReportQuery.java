package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.ReportPeriod;

/** Ratings recorded in {@code period}, narrowed by type and assignee (null: any). */
public record CsatReportQuery(ReportPeriod period, ComplaintType type, String assignee) {

    public CsatReportQuery {
        Commands.require(period, "from");
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
    }
}
