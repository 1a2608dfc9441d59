package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A category as it should be: its whole state (a change sends every field too).")
public record CategoryRequest(
        @Schema(required = true, description = "Unique among categories, at most 100 characters", example = "Home Cleaning")
        String name,
        @Schema(required = true, description = "Where it comes in the catalog, 1 or more (ties: by id)", example = "3")
        Integer displayOrder,
        @Schema(required = true, description = "What its services act on, which decides their GST place of supply: the "
                + "property's address, where performed (beauty, grooming), or the customer's address",
                enumeration = {"immovable_property", "performed_in_person", "general"}, example = "immovable_property")
        String supplyKind,
        @Schema(description = "Shown in the catalog and bookable; none: true", example = "true") Boolean active) {
}
