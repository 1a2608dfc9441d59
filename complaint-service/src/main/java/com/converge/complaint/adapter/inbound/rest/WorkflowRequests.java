package com.converge.complaint.adapter.inbound.rest;

import jakarta.validation.constraints.NotBlank;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the commands support sends to a complaint. */
final class WorkflowRequests {

    private WorkflowRequests() {
    }

    @Schema(description = "Assign or reassign to a support user")
    record AssignmentRequest(@NotBlank @Schema(example = "s-2") String assignee) {
    }

    @Schema(description = "A status move; waiting_on_customer pauses the SLA clocks with the reason")
    record StatusRequest(@NotBlank @Schema(enumeration = {"open", "in_progress", "waiting_on_customer", "escalated", "closed"})
                         String status,
                         @Schema(example = "asked for a photo of the damage") String reason) {
    }

    @Schema(description = "Support overrides the priority; deadlines are recomputed")
    record PriorityRequest(@NotBlank @Schema(enumeration = {"low", "medium", "high", "critical"}) String priority) {
    }

    @Schema(description = "Resolution: a summary the customer sees, and none or a compensation amount (INR)")
    record ResolutionRequest(@NotBlank String summary,
                             @NotBlank @Schema(enumeration = {"none", "compensation"}) String action,
                             @Schema(example = "250.00") BigDecimal compensationAmount) {
    }

    @Schema(description = "The customer's rating of how their complaint was handled")
    record CsatRequest(@Schema(minimum = "1", maximum = "5", example = "4") Integer rating, String comment) {
    }

    record AttachmentRequest(String name, String contentType, Long sizeBytes, String url) {
    }

    @Schema(description = "A comment; internal notes (support only) never reach the customer")
    record UpdateRequest(@NotBlank String body, Boolean internal, List<AttachmentRequest> attachments) {
    }
}
