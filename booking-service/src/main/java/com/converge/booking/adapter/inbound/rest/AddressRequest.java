package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AddressRequest(
        @Schema(example = "Home") String label,
        @Schema(required = true, example = "12, 4th Cross, Indiranagar") String line1,
        @Schema(example = "HAL 2nd Stage") String line2,
        @Schema(required = true, example = "Bengaluru") String city,
        @Schema(required = true, implementation = Vocabularies.State.class) String stateCode,
        @Schema(required = true, example = "560038") String pincode,
        @Schema(description = "Make this the default address (the first address always is)") boolean isDefault) {
}
