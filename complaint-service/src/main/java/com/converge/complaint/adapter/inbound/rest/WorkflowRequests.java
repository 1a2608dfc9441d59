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
    record StatusRequest(@NotBlank @Schema(enumeration = {"open", "in_progress", "waiting_on_customer", "escalated", "closed"},
                                 example = "waiting_on_customer") String status,
                         @Schema(example = "asked the customer to pick a new slot") String reason) {
    }

    @Schema(description = "Support overrides the priority; deadlines are recomputed")
    record PriorityRequest(@NotBlank @Schema(enumeration = {"low", "medium", "high", "critical"}, example = "critical") String priority) {
    }

    @Schema(description = "Resolution: a summary the customer sees, and none or a compensation amount (INR)")
    record ResolutionRequest(@NotBlank @Schema(example = "Rebooked with another plumber") String summary,
                             @NotBlank @Schema(enumeration = {"none", "compensation"}, example = "compensation") String action,
                             @Schema(example = "250.00") BigDecimal compensationAmount) {
    }

    @Schema(description = "The customer's rating of how their complaint was handled")
    record CsatRequest(@Schema(required = true, minimum = "1", maximum = "5", example = "4") Integer rating,
                       @Schema(example = "Sorted quickly") String comment) {
    }

    record AttachmentRequest(@Schema(required = true, maxLength = 255, example = "leak-photo.jpg") String name,
                             @Schema(required = true, example = "image/jpeg") String contentType,
                             @Schema(required = true, minimum = "1", maximum = "26214400", example = "482133") Long sizeBytes,
                             @Schema(required = true, description = "Where the file is stored (http or https)",
                                     example = "https://files.example.in/c/01935f80-4d1e-7a2b-9c3d-4e5f6a7b8c02/leak-photo.jpg") String url) {
    }

    @Schema(description = "A comment; internal notes (support only) never reach the customer")
    record UpdateRequest(@NotBlank @Schema(example = "Still nobody has come, and the kitchen tap keeps leaking. Photo attached.") String body,
                         @Schema(description = "An internal note (support only); default false", example = "false") Boolean internal,
                         List<AttachmentRequest> attachments) {
    }
}
