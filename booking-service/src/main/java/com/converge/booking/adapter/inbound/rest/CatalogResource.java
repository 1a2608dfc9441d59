package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.application.port.inbound.BrowseCatalogUseCase;
import com.converge.booking.domain.Pincode;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.booking.application.port.inbound.AddRateCardCommand;
import com.converge.booking.application.port.inbound.AddRateCardUseCase;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.Role;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalog")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class CatalogResource {

    private final BrowseCatalogUseCase browseCatalog;
    private final AddRateCardUseCase addRateCard;

    CatalogResource(BrowseCatalogUseCase browseCatalog, AddRateCardUseCase addRateCard) {
        this.browseCatalog = browseCatalog;
        this.addRateCard = addRateCard;
    }

    @GET
    @Authenticated
    @Operation(summary = "What can be booked at a pincode", description = "Any authenticated role. Categories in display "
            + "order with only the subcategories and rate cards that are active now and offered at the pincode; prices exclude GST.")
    public Uni<CatalogResponse> catalog(@QueryParam("pincode") @Parameter(description = "Where the service is wanted: only what can be booked there",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[1-9][0-9]{5}$"), example = "560001") String pincode) {
        if (pincode == null || pincode.isBlank()) {
            throw new InvalidValueException("pincode", "is required");
        }
        Pincode where = Pincode.of("pincode", pincode.strip());
        return browseCatalog.bookableAt(where).map(sections -> CatalogResponse.of(where.value(), sections));
    }

    @POST
    @Path("/rate-cards")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a rate card", description = "Role: ADMIN. A new priced variant of a subcategory, GST excluded, "
            + "optionally limited to pincodes and to an active window; the catalog shows it from the next request.")
    @APIResponseSchema(value = RateCardResponse.class, responseCode = "201", responseDescription = "Added")
    public Uni<Response> addRateCard(RateCardRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        Set<Pincode> pincodes = new HashSet<>();
        if (request.pincodes() != null) {
            for (int i = 0; i < request.pincodes().size(); i++) {
                pincodes.add(Pincode.of("pincodes[" + i + "]", request.pincodes().get(i)));
            }
        }
        AddRateCardCommand command = new AddRateCardCommand(request.subcategoryId() == null ? 0 : request.subcategoryId(),
                request.name(), money("price", request.price()), money("strikePrice", request.strikePrice()),
                request.durationMinutes() == null ? 0 : request.durationMinutes(), request.activeFrom(), request.activeUntil(),
                pincodes);
        return addRateCard.add(command).map(card -> Response.status(Response.Status.CREATED)
                .entity(RateCardResponse.of(card)).build());
    }

    private static Money money(String field, BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        try {
            return new Money(amount);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }
}
