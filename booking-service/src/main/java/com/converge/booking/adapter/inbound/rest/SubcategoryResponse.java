package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.catalog.Subcategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SubcategoryResponse(
        @Schema(example = "77") int id,
        @Schema(example = "3") int categoryId,
        @Schema(example = "Sofa cleaning") String name,
        @Schema(example = "2") int displayOrder,
        @Schema(example = "true") boolean active) {

    static SubcategoryResponse of(Subcategory subcategory) {
        return new SubcategoryResponse(subcategory.id(), subcategory.categoryId(), subcategory.name(), subcategory.displayOrder(),
                subcategory.active());
    }
}
