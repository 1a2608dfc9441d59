package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.Priority;
import com.converge.complaint.domain.ReportPeriod;

/** The complaints raised in {@code period}, narrowed by any of priority, type, assignee and team (null: any). */
public record SlaComplianceQuery(ReportPeriod period, Priority priority, ComplaintType type, String assignee, String team) {

    public SlaComplianceQuery {
        Commands.require(period, "from");
        assignee = assignee == null || assignee.isBlank() ? null : assignee.strip();
        team = team == null || team.isBlank() ? null : team.strip();
    }
}
