package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import com.converge.booking.application.port.inbound.GenerateSettlementCommand;
import com.converge.booking.application.port.inbound.SettleProvidersUseCase;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/settlements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Provider settlement")
@RolesAllowed(Role.ADMIN_NAME)
public class SettlementResource {

    private final SettleProvidersUseCase settlements;

    SettlementResource(SettleProvidersUseCase settlements) {
        this.settlements = settlements;
    }

    @POST
    @Operation(summary = "Draw a provider's settlement statement", description = "Role: ADMIN. Over the provider's bookings "
            + "completed in the period (India dates, both included) that no statement holds yet: gross, refund adjustments, "
            + "commission per category, GST on the commission and net payable. 422 when there is nothing to settle.")
    @APIResponseSchema(value = SettlementResponse.class, responseCode = "201", responseDescription = "Generated; Location is its URL")
    public Uni<Response> generate(SettlementRequest request, UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        GenerateSettlementCommand command = new GenerateSettlementCommand(
                request.providerId() == null ? null : ProviderId.of(request.providerId()),
                date("periodStart", request.periodStart()), date("periodEnd", request.periodEnd()));
        return settlements.generate(command).map(statement -> Response.created(uri.getAbsolutePathBuilder()
                .path(statement.id()).build()).entity(SettlementResponse.of(statement)).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A settlement statement", description = "Role: ADMIN.")
    public Uni<SettlementResponse> get(@PathParam("id") String id) {
        return settlements.find(id).map(SettlementResponse::of);
    }

    @POST
    @Path("/{id}/pay")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The statement was paid out", description = "Role: ADMIN. Publishes ProviderSettled; 409 when it "
            + "was marked paid already.")
    public Uni<SettlementResponse> markPaid(@PathParam("id") String id) {
        return settlements.markPaid(id).map(SettlementResponse::of);
    }

    private static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be a date like 2026-11-01");
        }
    }
}
