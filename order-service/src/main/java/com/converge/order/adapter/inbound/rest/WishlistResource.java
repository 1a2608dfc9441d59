package com.converge.order.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Role;
import com.converge.kernel.security.CurrentCaller;
import com.converge.order.adapter.inbound.rest.CartResource.CartResponse;
import com.converge.order.application.port.inbound.CartLineCommand;
import com.converge.order.application.port.inbound.WishlistUseCase;
import com.converge.order.domain.WishedItem;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/wishlist")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Wishlist")
@RolesAllowed(Role.CUSTOMER_NAME)
public class WishlistResource {

    private final WishlistUseCase wishlist;
    private final CurrentCaller caller;

    WishlistResource(WishlistUseCase wishlist, CurrentCaller caller) {
        this.wishlist = wishlist;
        this.caller = caller;
    }

    public record WishedItemResponse(@Schema(example = "01a0fb5c-1a62-7a3c-8e4f-1b2d6c9e07a1") String productId,
                                     @Schema(description = "null when the whole product is wished for", example = "01a0fb5c-1a63-75d1-b9c7-e2f4a8b3c6d9") String variantId,
                                     @Schema(description = "null when the whole product is wished for", example = "SAMS24-256-BLK") String sku,
                                     @Schema(example = "Galaxy S24") String productName,
                                     @Schema(description = "today's price; a product's lowest", example = "74999.00") BigDecimal price,
                                     boolean forSale,
                                     @Schema(example = "2026-10-28T16:20:05.774120Z") Instant addedAt) {

        static WishedItemResponse of(WishedItem item) {
            return new WishedItemResponse(item.productId().toString(), item.isVariant() ? item.variantId().toString() : null,
                    item.sku(), item.productName(), item.price() == null ? null : item.price().amount(), item.forSale(),
                    item.addedAt());
        }
    }

    public record MoveRequest(@Schema(required = true, example = "SAMS24-256-BLK") String sku,
                              @Schema(description = "1 to 1000, 1 when left out", example = "1") Integer quantity) {
    }

    @GET
    @Operation(summary = "Your wishlist, newest first", description = "Role: CUSTOMER.")
    public Uni<List<WishedItemResponse>> list() {
        return wishlist.of(customer()).map(WishlistResource::items);
    }

    @PUT
    @Path("/variants/{sku}")
    @Operation(summary = "Wish for a variant", description = "Role: CUSTOMER. 201 when added, 200 when it was there already.")
    @APIResponse(responseCode = "201", description = "Added; the wishlist after it",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WishedItemResponse.class)))
    @APIResponse(responseCode = "200", description = "Already there; the wishlist",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WishedItemResponse.class)))
    public Uni<Response> wishVariant(@PathParam("sku") String sku) {
        return answer(wishlist.wishVariant(customer(), sku));
    }

    @PUT
    @Path("/products/{productId}")
    @Operation(summary = "Wish for a product", description = "Role: CUSTOMER. 201 when added, 200 when it was there already.")
    @APIResponse(responseCode = "201", description = "Added; the wishlist after it",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WishedItemResponse.class)))
    @APIResponse(responseCode = "200", description = "Already there; the wishlist",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WishedItemResponse.class)))
    public Uni<Response> wishProduct(@PathParam("productId") String productId) {
        return answer(wishlist.wishProduct(customer(), CatalogResource.uuid("productId", productId)));
    }

    @DELETE
    @Path("/variants/{sku}")
    @Operation(summary = "Take a variant off your wishlist", description = "Role: CUSTOMER.")
    public Uni<List<WishedItemResponse>> forgetVariant(@PathParam("sku") String sku) {
        return wishlist.forgetVariant(customer(), sku).chain(() -> list());
    }

    @DELETE
    @Path("/products/{productId}")
    @Operation(summary = "Take a product off your wishlist", description = "Role: CUSTOMER.")
    public Uni<List<WishedItemResponse>> forgetProduct(@PathParam("productId") String productId) {
        return wishlist.forgetProduct(customer(), CatalogResource.uuid("productId", productId)).chain(() -> list());
    }

    @POST
    @Path("/move-to-cart")
    @Operation(summary = "Move a wished SKU to your cart", description = "Role: CUSTOMER. Adds it to the cart and takes "
            + "it (or its wished product) off the wishlist together; 404 when neither is on it. Answers the cart.")
    public Uni<CartResponse> moveToCart(@NotNull MoveRequest request) {
        return wishlist.moveToCart(new CartLineCommand(customer(), request.sku(), request.quantity() == null ? 1 : request.quantity()))
                .map(CartResponse::of);
    }

    private Uni<Response> answer(Uni<Boolean> added) {
        return added.chain(isNew -> list().map(items -> Response.status(isNew ? 201 : 200).entity(items).build()));
    }

    private CustomerId customer() {
        return caller.get().customerId();
    }

    private static List<WishedItemResponse> items(List<WishedItem> items) {
        return items.stream().map(WishedItemResponse::of).toList();
    }
}
