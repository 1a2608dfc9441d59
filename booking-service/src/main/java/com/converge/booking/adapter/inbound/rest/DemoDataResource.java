package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.adapter.inbound.demo.DemoDataLoader;
import com.converge.booking.adapter.inbound.demo.DemoDataSize;
import com.converge.booking.config.BookingSettings;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.problem.RequestParameters;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Demo data for the local stack and benchmarks; switched off (404) unless converge.booking.demo-data-enabled. */
@Path("/api/v1/demo-data")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Demo data")
public class DemoDataResource {

    private final DemoDataLoader loader;
    private final boolean enabled;

    DemoDataResource(DemoDataLoader loader, BookingSettings settings) {
        this.loader = loader;
        this.enabled = settings.demoDataEnabled();
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Load demo data", description = "Role: ADMIN; only in the dev, test and local profiles (404 elsewhere). "
            + "Loads customers (ids from 900001) with addresses, providers and bookings with Indian names, cities and pincodes "
            + "through the use cases, so their events are published. Idempotent: the same size and seed add nothing the second "
            + "time. Providers past the first 120 are registered over many pincodes without a calendar (benchmarks).")
    public Uni<DemoDataLoader.Loaded> load(@QueryParam("customers") @Parameter(description = "How many customers (default 150)", schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String customers,
                                           @QueryParam("providers") @Parameter(description = "How many providers (default 120)", schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String providers,
                                           @QueryParam("bookings") @Parameter(description = "How many bookings (default 140)", schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String bookings,
                                           @QueryParam("seed") @Parameter(description = "The plan is drawn from this seed; the same seed and sizes add nothing a second time", schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String seed) {
        if (!enabled) {
            throw new NotFoundException("resource", "/api/v1/demo-data");
        }
        DemoDataSize standard = DemoDataSize.SOURCE_DESIGN;
        return loader.load(new DemoDataSize(RequestParameters.integer("customers", customers, standard.customers()),
                RequestParameters.integer("providers", providers, standard.providers()),
                RequestParameters.integer("bookings", bookings, standard.bookings()),
                RequestParameters.integer("seed", seed, (int) standard.seed())));
    }
}
