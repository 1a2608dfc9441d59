package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A subcategory as it should be: its whole state (a change sends every field too).")
public record SubcategoryRequest(
        @Schema(required = true, description = "The category it belongs to", example = "3") Integer categoryId,
        @Schema(required = true, description = "Unique within its category, at most 100 characters", example = "Sofa cleaning")
        String name,
        @Schema(required = true, description = "Where it comes within its category, 1 or more (ties: by id)", example = "2")
        Integer displayOrder,
        @Schema(description = "Shown in the catalog and its rate cards bookable; none: true", example = "true") Boolean active) {
}
