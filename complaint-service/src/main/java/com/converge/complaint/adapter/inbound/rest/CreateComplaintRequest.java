package com.converge.complaint.adapter.inbound.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new complaint. A customer may leave out customerId: it is taken from their token.", example = """
        {"customerId": 42, "type": "delay", "priority": "high", "subject": "Plumber did not arrive",
         "description": "The slot was 08:00-10:00 and nobody came.", "bookingId": "01935f7e-1c2a-7b3d-8e4f-5a6b7c8d9e01"}""")
public record CreateComplaintRequest(
        @Positive @Schema(description = "The complaining customer; required for support staff", example = "42") Long customerId,
        @NotBlank @Schema(enumeration = {"service_quality", "provider_behavior", "billing", "delay", "damage", "refund_request", "other"},
                example = "delay") String type,
        @Schema(enumeration = {"low", "medium", "high", "critical"}, example = "high",
                description = "Left out: the priority triage suggests") String priority,
        @NotBlank @Size(max = 200) @Schema(example = "Plumber did not arrive") String subject,
        @NotBlank @Size(max = 5000) @Schema(example = "The slot was 08:00-10:00 and nobody came.") String description,
        @Schema(description = "The booking this is about (UUID); at most one of bookingId and orderId",
                example = "01935f7e-1c2a-7b3d-8e4f-5a6b7c8d9e01") String bookingId,
        @Schema(description = "The order this is about (UUID); at most one of bookingId and orderId",
                example = "01935f82-7a3b-7c4d-8e5f-6a7b8c9d0e03") String orderId) {
}
