package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A sign-up. referralCode is the code of the customer who referred them, if any.")
public record RegisterCustomerRequest(
        @Schema(required = true, example = "Priya Sharma") String name,
        @Schema(required = true, example = "+919876543210") String phone,
        @Schema(required = true, example = "priya@example.in") String email,
        @Schema(example = "CV7KQ2M9XA") String referralCode) {
}
