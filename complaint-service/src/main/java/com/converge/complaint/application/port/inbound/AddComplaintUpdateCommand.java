package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.Attachment;
import com.converge.complaint.domain.ComplaintUpdate;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.InvalidValueException;
import java.util.List;

/** {@code internal} notes are for support only; a customer cannot write one. */
public record AddComplaintUpdateCommand(ComplaintId complaintId, String body, boolean internal, List<Attachment> attachments,
                                        Caller caller) {

    public static final int MAX_ATTACHMENTS = 10;

    public AddComplaintUpdateCommand {
        Commands.require(complaintId, "complaintId");
        body = Commands.text("body", body, ComplaintUpdate.BODY_MAX);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (attachments.size() > MAX_ATTACHMENTS) {
            throw new InvalidValueException("attachments", "at most " + MAX_ATTACHMENTS + " per update");
        }
        Commands.require(caller, "caller");
        if (internal && caller.isCustomerOnly()) {
            throw new InvalidValueException("internal", "customers write public comments only");
        }
    }
}
