package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintStatus;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;

/** {@code reason} is kept in the audit trail and, for a pause, in the SLA log. */
public record ChangeComplaintStatusCommand(ComplaintId complaintId, ComplaintStatus status, String reason, Caller caller) {

    public static final int REASON_MAX = 500;

    public ChangeComplaintStatusCommand {
        Commands.require(complaintId, "complaintId");
        Commands.require(status, "status");
        reason = Commands.optionalText("reason", reason, REASON_MAX);
        Commands.require(caller, "caller");
    }
}
