package com.converge.complaint.application.port.inbound;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;

/** {@code assignee} is a support user's id. */
public record AssignComplaintCommand(ComplaintId complaintId, String assignee, Caller caller) {

    public static final int ASSIGNEE_MAX = 100;

    public AssignComplaintCommand {
        Commands.require(complaintId, "complaintId");
        assignee = Commands.text("assignee", assignee, ASSIGNEE_MAX);
        Commands.require(caller, "caller");
    }
}
