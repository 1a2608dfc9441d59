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
    record ResolutionRequest(@NotBlank @Schema(example = "Refunded the visit charge") String summary,
                             @NotBlank @Schema(enumeration = {"none", "compensation"}) String action,
                             @Schema(example = "250.00") BigDecimal compensationAmount) {
    }

    @Schema(description = "The customer's rating of how their complaint was handled")
    record CsatRequest(@Schema(required = true, minimum = "1", maximum = "5", example = "4") Integer rating,
                       @Schema(example = "Sorted out in a day, thank you") String comment) {
    }

    record AttachmentRequest(@Schema(required = true, maxLength = 255, example = "leak-photo.jpg") String name,
                             @Schema(required = true, example = "image/jpeg") String contentType,
                             @Schema(required = true, minimum = "1", maximum = "26214400", example = "482133") Long sizeBytes,
                             @Schema(required = true, description = "Where the file is stored (http or https)",
                                     example = "https://files.example.in/c/0193a1c2/leak-photo.jpg") String url) {
    }

    @Schema(description = "A comment; internal notes (support only) never reach the customer")
    record UpdateRequest(@NotBlank @Schema(example = "The technician is booked again for tomorrow 10:00-12:00") String body,
                         @Schema(description = "An internal note (support only); default false") Boolean internal,
                         List<AttachmentRequest> attachments) {
    }
}
