package com.converge.booking.adapter.inbound.rest;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProviderRequest(
        @Schema(required = true, example = "Ramesh Electricals") String name,
        @Schema(required = true, example = "+919812345678") String phone,
        boolean verified,
        boolean active,
        @Schema(example = "4.60") BigDecimal rating,
        @Schema(description = "Subcategories served", example = "[14, 24, 25]") List<Integer> subcategoryIds,
        @Schema(description = "Pincodes covered", example = "[\"560001\", \"560038\"]") List<String> pincodes) {
}
