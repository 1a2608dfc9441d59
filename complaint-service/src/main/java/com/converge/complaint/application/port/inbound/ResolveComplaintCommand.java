package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.Resolution;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.Money;

/** {@code compensationAmount} null means no compensation. */
public record ResolveComplaintCommand(ComplaintId complaintId, String summary, Money compensationAmount, Caller caller) {

    public ResolveComplaintCommand {
        Commands.require(complaintId, "complaintId");
        summary = Commands.text("summary", summary, Resolution.SUMMARY_MAX);
        Commands.require(caller, "caller");
    }
}
