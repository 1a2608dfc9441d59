package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.catalog.Category;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CategoryResponse(
        @Schema(example = "13") int id,
        @Schema(example = "Home Cleaning") String name,
        @Schema(example = "3") int displayOrder,
        @Schema(enumeration = {"immovable_property", "performed_in_person", "general"}, example = "immovable_property")
        String supplyKind,
        @Schema(example = "true") boolean active) {

    static CategoryResponse of(Category category) {
        return new CategoryResponse(category.id(), category.name(), category.displayOrder(), category.supplyKind().wireName(),
                category.active());
    }
}
