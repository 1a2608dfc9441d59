package com.converge.complaint.adapter.inbound.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new complaint. A customer may leave out customerId: it is taken from their token.")
public record CreateComplaintRequest(
        @Positive @Schema(description = "The complaining customer; required for support staff", example = "42") Long customerId,
        @NotBlank @Schema(enumeration = {"service_quality", "provider_behavior", "billing", "delay", "damage", "refund_request", "other"},
                example = "delay") String type,
        @Schema(enumeration = {"low", "medium", "high", "critical"}, example = "high",
                description = "Left out: the priority triage suggests") String priority,
        @NotBlank @Size(max = 200) @Schema(example = "Plumber did not arrive") String subject,
        @NotBlank @Size(max = 5000) @Schema(example = "The slot was 10:00-12:00 and nobody came.") String description,
        @Schema(description = "The booking this is about (UUID); at most one of bookingId and orderId") String bookingId,
        @Schema(description = "The order this is about (UUID); at most one of bookingId and orderId") String orderId) {
}
