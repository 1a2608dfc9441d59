package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.application.port.inbound.BrowseCatalogUseCase;
import com.converge.booking.domain.Pincode;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.booking.application.port.inbound.AddRateCardCommand;
import com.converge.booking.application.port.inbound.AddRateCardUseCase;
import com.converge.booking.application.port.inbound.CategoryCommand;
import com.converge.booking.application.port.inbound.ManageCatalogUseCase;
import com.converge.booking.application.port.inbound.SubcategoryCommand;
import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.Role;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
    private final ManageCatalogUseCase manageCatalog;

    CatalogResource(BrowseCatalogUseCase browseCatalog, AddRateCardUseCase addRateCard, ManageCatalogUseCase manageCatalog) {
        this.browseCatalog = browseCatalog;
        this.addRateCard = addRateCard;
        this.manageCatalog = manageCatalog;
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

    @POST
    @Path("/categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a category", description = "Role: ADMIN. Its name (409 duplicate-name when another category "
            + "has it), display order, supply kind (the GST place of supply of its services) and whether it is active; the "
            + "catalog shows it from the next request once it has a subcategory with a rate card.")
    @APIResponseSchema(value = CategoryResponse.class, responseCode = "201", responseDescription = "Added")
    public Uni<Response> addCategory(CategoryRequest request) {
        return manageCatalog.addCategory(command(request))
                .map(category -> Response.status(Response.Status.CREATED).entity(CategoryResponse.of(category)).build());
    }

    @PUT
    @Path("/categories/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change a category", description = "Role: ADMIN. Sets every field (409 duplicate-name when "
            + "another category has the name). An inactive category leaves the catalog with everything in it, and its rate "
            + "cards cannot be booked, from the next request; bookings made already keep it.")
    public Uni<CategoryResponse> changeCategory(@PathParam("id") int id, CategoryRequest request) {
        return manageCatalog.changeCategory(id, command(request)).map(CategoryResponse::of);
    }

    @POST
    @Path("/subcategories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a subcategory", description = "Role: ADMIN. To a category (422 naming categoryId for an "
            + "unknown one), with a name (409 duplicate-name when the category has it already), display order within the "
            + "category and whether it is active; the catalog shows it from the next request once it has a rate card.")
    @APIResponseSchema(value = SubcategoryResponse.class, responseCode = "201", responseDescription = "Added")
    public Uni<Response> addSubcategory(SubcategoryRequest request) {
        return manageCatalog.addSubcategory(command(request))
                .map(subcategory -> Response.status(Response.Status.CREATED).entity(SubcategoryResponse.of(subcategory)).build());
    }

    @PUT
    @Path("/subcategories/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change a subcategory", description = "Role: ADMIN. Sets every field, the category too (422 naming "
            + "categoryId for an unknown one; 409 duplicate-name when the category has the name already). An inactive "
            + "subcategory leaves the catalog, and its rate cards cannot be booked, from the next request; bookings made "
            + "already keep it.")
    public Uni<SubcategoryResponse> changeSubcategory(@PathParam("id") int id, SubcategoryRequest request) {
        return manageCatalog.changeSubcategory(id, command(request)).map(SubcategoryResponse::of);
    }

    private static CategoryCommand command(CategoryRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        return new CategoryCommand(request.name(), required("displayOrder", request.displayOrder()),
                SupplyKind.fromWire("supplyKind", request.supplyKind()), request.active() == null || request.active());
    }

    private static SubcategoryCommand command(SubcategoryRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        return new SubcategoryCommand(required("categoryId", request.categoryId()), request.name(),
                required("displayOrder", request.displayOrder()), request.active() == null || request.active());
    }

    private static int required(String field, Integer value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
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
