package com.converge.complaint.application.port.inbound;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;

public record ReopenComplaintCommand(ComplaintId complaintId, Caller caller) {

    public ReopenComplaintCommand {
        Commands.require(complaintId, "complaintId");
        Commands.require(caller, "caller");
    }
}
