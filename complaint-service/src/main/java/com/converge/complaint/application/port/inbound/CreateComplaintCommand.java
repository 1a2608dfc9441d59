package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintReference;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.Priority;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import java.util.Objects;

public record CreateComplaintCommand(CustomerId customerId, ComplaintType type, Priority priority, String subject,
                                     String description, ComplaintReference reference) {

    public static final int SUBJECT_MAX = 200;
    public static final int DESCRIPTION_MAX = 5000;

    public CreateComplaintCommand {
        require(customerId, "customerId");
        require(type, "type");
        require(priority, "priority");
        subject = text("subject", subject, SUBJECT_MAX);
        description = text("description", description, DESCRIPTION_MAX);
        reference = Objects.requireNonNullElse(reference, ComplaintReference.NONE);
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidValueException(field, "is longer than " + max + " characters");
        }
        return trimmed;
    }
}
