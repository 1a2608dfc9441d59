package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.application.port.inbound.BrowseCatalogUseCase;
import com.converge.booking.domain.Pincode;
import com.converge.kernel.domain.InvalidValueException;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CatalogResource {

    private final BrowseCatalogUseCase browseCatalog;

    CatalogResource(BrowseCatalogUseCase browseCatalog) {
        this.browseCatalog = browseCatalog;
    }

    @GET
    @Authenticated
    @Operation(summary = "What can be booked at a pincode", description = "Any authenticated role. Categories in display "
            + "order with only the subcategories and rate cards that are active now and offered at the pincode; prices exclude GST.")
    public Uni<CatalogResponse> catalog(@QueryParam("pincode") String pincode) {
        if (pincode == null || pincode.isBlank()) {
            throw new InvalidValueException("pincode", "is required");
        }
        Pincode where = Pincode.of("pincode", pincode.strip());
        return browseCatalog.bookableAt(where).map(sections -> CatalogResponse.of(where.value(), sections));
    }
}
