package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.Priority;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;

public record ChangePriorityCommand(ComplaintId complaintId, Priority priority, Caller caller) {

    public ChangePriorityCommand {
        Commands.require(complaintId, "complaintId");
        Commands.require(priority, "priority");
        Commands.require(caller, "caller");
    }
}
