package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.Csat;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.InvalidValueException;

public record RateComplaintCommand(ComplaintId complaintId, Integer rating, String comment, Caller caller) {

    public RateComplaintCommand {
        Commands.require(complaintId, "complaintId");
        Commands.require(rating, "rating");
        if (rating < 1 || rating > 5) {
            throw new InvalidValueException("rating", "must be between 1 and 5");
        }
        comment = Commands.optionalText("comment", comment, Csat.COMMENT_MAX);
        Commands.require(caller, "caller");
    }
}
