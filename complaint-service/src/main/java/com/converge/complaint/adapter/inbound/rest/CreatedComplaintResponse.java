package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.application.port.inbound.CreatedComplaint;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new complaint as every complaint response shows it, plus what triage suggested for it. */
public record CreatedComplaintResponse(@JsonUnwrapped ComplaintResponse complaint, @Schema(required = true) TriageResponse triage) {

    static CreatedComplaintResponse of(CreatedComplaint created) {
        return new CreatedComplaintResponse(ComplaintResponse.of(created.details()), TriageResponse.of(created.triage()));
    }
}
