package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintReference;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.Priority;
import com.converge.kernel.domain.CustomerId;
import java.util.Objects;

/**
 * {@code raisedBy} is who filed it: the customer, or the support user on their behalf. Without a
 * {@code priority} the complaint takes the one triage suggests.
 */
public record CreateComplaintCommand(CustomerId customerId, ComplaintType type, Priority priority, String subject,
                                     String description, ComplaintReference reference, String raisedBy) {

    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 5000;

    public CreateComplaintCommand {
        Commands.require(customerId, "customerId");
        Commands.require(type, "type");
        subject = Commands.text("subject", subject, SUBJECT_MAX);
        description = Commands.text("description", description, DESCRIPTION_MAX);
        reference = Objects.requireNonNullElse(reference, ComplaintReference.NONE);
        Commands.require(raisedBy, "raisedBy");
    }
}
