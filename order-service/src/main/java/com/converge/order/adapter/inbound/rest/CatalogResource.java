package com.converge.order.adapter.inbound.rest;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.Role;
import com.converge.kernel.idempotency.IdempotentRequests;
import com.converge.kernel.idempotency.IdempotentResponse;
import com.converge.kernel.problem.RequestParameters;
import com.converge.kernel.security.CurrentCaller;
import com.converge.order.adapter.inbound.rest.CatalogRequests.NameRequest;
import com.converge.order.adapter.inbound.rest.CatalogRequests.ProductRequest;
import com.converge.order.adapter.inbound.rest.CatalogRequests.StockAdjustmentRequest;
import com.converge.order.adapter.inbound.rest.CatalogResponses.IdResponse;
import com.converge.order.adapter.inbound.rest.CatalogResponses.InventoryPage;
import com.converge.order.adapter.inbound.rest.CatalogResponses.InventoryResponse;
import com.converge.order.adapter.inbound.rest.CatalogResponses.ProductPage;
import com.converge.order.adapter.inbound.rest.CatalogResponses.ProductResponse;
import com.converge.order.adapter.inbound.rest.CatalogResponses.StockResponse;
import com.converge.order.application.port.inbound.AddProductCommand;
import com.converge.order.application.port.inbound.AdjustStockCommand;
import com.converge.order.application.port.inbound.BrowseCatalogUseCase;
import com.converge.order.application.port.inbound.CatalogNameCommand;
import com.converge.order.application.port.inbound.ManageCatalogUseCase;
import com.converge.order.application.port.inbound.SearchProductsQuery;
import com.converge.order.application.port.inbound.StockUseCase;
import com.converge.order.domain.InventoryStatus;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog and stock")
public class CatalogResource {

    private final ManageCatalogUseCase manageCatalog;
    private final BrowseCatalogUseCase browseCatalog;
    private final StockUseCase stock;
    private final IdempotentRequests idempotent;
    private final CurrentCaller caller;

    CatalogResource(ManageCatalogUseCase manageCatalog, BrowseCatalogUseCase browseCatalog, StockUseCase stock,
                    IdempotentRequests idempotent, CurrentCaller caller) {
        this.manageCatalog = manageCatalog;
        this.browseCatalog = browseCatalog;
        this.stock = stock;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @Path("/categories")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a category", description = "Role: ADMIN. A name already taken is 409.")
    @APIResponseSchema(value = IdResponse.class, responseCode = "201", responseDescription = "Added")
    public Uni<Response> addCategory(@NotNull @Valid NameRequest request) {
        CatalogNameCommand command = new CatalogNameCommand(request.name());
        return manageCatalog.addCategory(command).map(id -> Response.status(201).entity(new IdResponse(id, command.name())).build());
    }

    @POST
    @Path("/brands")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a brand", description = "Role: ADMIN. A name already taken is 409.")
    @APIResponseSchema(value = IdResponse.class, responseCode = "201", responseDescription = "Added")
    public Uni<Response> addBrand(@NotNull @Valid NameRequest request) {
        CatalogNameCommand command = new CatalogNameCommand(request.name());
        return manageCatalog.addBrand(command).map(id -> Response.status(201).entity(new IdResponse(id, command.name())).build());
    }

    @POST
    @Path("/products")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a product with its variants and their opening stock", description = "Role: ADMIN. A SKU already taken is 409.")
    @APIResponseSchema(value = ProductResponse.class, responseCode = "201", responseDescription = "Added; Location is its URL")
    public Uni<Response> addProduct(@NotNull @Valid ProductRequest request, UriInfo uri) {
        AddProductCommand command = new AddProductCommand(request.name(), request.description(), request.categoryId(),
                request.brandId(), request.imageUrls(), request.active() == null || request.active(),
                request.variants().stream().map(v -> new AddProductCommand.NewVariant(v.sku(), new Money(v.price()),
                        v.attributes(), v.onHand(), v.lowStockThreshold())).toList());
        return manageCatalog.addProduct(command, caller.get()).map(product -> Response
                .created(uri.getBaseUriBuilder().path("api/v1/products").path(product.id().toString()).build())
                .entity(ProductResponse.of(product)).build());
    }

    @GET
    @Path("/products")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.AGENT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Search the catalog", description = "Any role. Filters: q (in the name), categoryId, brandId; "
            + "staff may add includeInactive=true. Keyset pages: pass nextCursor back as cursor.")
    public Uni<ProductPage> search(@QueryParam("q") @Parameter(description = "Words in the product name", example = "kurta") String text,
                                   @QueryParam("categoryId") @Parameter(description = "Only this category", schema = @Schema(type = SchemaType.INTEGER, format = "int64"), example = "3") String categoryId,
                                   @QueryParam("brandId") @Parameter(description = "Only this brand", schema = @Schema(type = SchemaType.INTEGER, format = "int64"), example = "7") String brandId,
                                   @QueryParam("includeInactive") @Parameter(description = "Staff only: also products not for sale (default false)", schema = @Schema(type = SchemaType.BOOLEAN)) String includeInactive,
                                   @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        Caller who = caller.get();
        SearchProductsQuery query = new SearchProductsQuery(text, longOrNull("categoryId", categoryId), longOrNull("brandId", brandId),
                who.isStaff() && "true".equals(includeInactive), cursor, RequestParameters.integer("limit", limit, 20));
        return browseCatalog.search(query).map(page -> new ProductPage(
                page.items().stream().map(ProductResponse::of).toList(), page.nextCursor()));
    }

    @GET
    @Path("/products/{id}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.AGENT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A product", description = "Any role; an inactive product exists for staff only.")
    public Uni<ProductResponse> product(@PathParam("id") String id) {
        return browseCatalog.product(uuid("productId", id), caller.get()).map(ProductResponse::of);
    }

    @POST
    @Path("/variants/{variantId}/stock-adjustments")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Adjust a variant's stock", description = "Role: ADMIN. Accepts Idempotency-Key. "
            + "Going below what pending orders hold is 409. Writes a ledger row; may publish StockLow.")
    @APIResponseSchema(value = StockResponse.class, responseCode = "200", responseDescription = "The stock after the adjustment")
    public Uni<Response> adjust(@PathParam("variantId") String variantId, @HeaderParam(IdempotentRequests.HEADER) String key,
                                @NotNull @Valid StockAdjustmentRequest request) {
        Caller who = caller.get();
        AdjustStockCommand command = new AdjustStockCommand(uuid("variantId", variantId), request.delta(),
                request.lowStockThreshold(), request.reason(), "admin:" + who.subject());
        return idempotent.execute(key, "adjust-stock:" + variantId, who, request,
                () -> stock.adjust(command).map(level -> IdempotentResponse.ok(StockResponse.of(level))));
    }

    @GET
    @Path("/inventory")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPPORT_NAME})
    @Operation(summary = "Stock of every variant", description = "Roles: ADMIN, SUPPORT. status: in_stock, low_stock, out_of_stock.")
    public Uni<InventoryPage> inventory(@QueryParam("status") @Parameter(description = "Only variants in this stock state", schema = @Schema(implementation = Vocabularies.InventoryStatusValue.class)) String status,
                                         @QueryParam("cursor") String cursor,
                                        @QueryParam("limit") String limit) {
        int size = RequestParameters.integer("limit", limit, 50);
        if (size < 1 || size > 200) {
            throw new InvalidValueException("limit", "is between 1 and 200");
        }
        return stock.inventory(status == null ? null : inventoryStatus(status), cursor, size)
                .map(page -> new InventoryPage(page.items().stream().map(InventoryResponse::of).toList(), page.nextCursor()));
    }

    private static InventoryStatus inventoryStatus(String value) {
        return Arrays.stream(InventoryStatus.values())
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("status", "must be one of in_stock, low_stock, out_of_stock"));
    }

    static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "is not a UUID: " + value);
        }
    }

    private static Long longOrNull(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "must be a whole number: " + value);
        }
    }
}
