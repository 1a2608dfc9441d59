package com.converge.order.adapter.inbound.rest;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.security.CurrentCaller;
import com.converge.order.application.port.inbound.CartLineCommand;
import com.converge.order.application.port.inbound.CartUseCase;
import com.converge.order.application.port.inbound.ViewCartQuery;
import com.converge.order.domain.CartItem;
import com.converge.order.domain.Destination;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/cart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cart")
@RolesAllowed(Role.CUSTOMER_NAME)
public class CartResource {

    private final CartUseCase cart;
    private final CurrentCaller caller;

    CartResource(CartUseCase cart, CurrentCaller caller) {
        this.cart = cart;
        this.caller = caller;
    }

    public record AddLineRequest(@Schema(required = true, example = "SAMS24-256-BLK") String sku,
                                 @Schema(required = true, description = "1 to 1000, added to the line", example = "1") int quantity) {
    }

    public record QuantityRequest(@Schema(required = true, description = "1 to 1000", example = "2") int quantity) {
    }

    public record CartResponse(List<LineResponse> lines,
                               @Schema(description = "of the lines for sale", example = "74999.00") BigDecimal subtotal,
                               @Schema(description = "with promoCode: its preview") PromoResponse promo,
                               @Schema(description = "with state and pincode: the fee; else null", example = "0.00") BigDecimal shipping,
                               @Schema(example = "74999.00") BigDecimal total) {

        static CartResponse of(CartUseCase.CartView view) {
            var totals = view.totals();
            return new CartResponse(view.cart().items().stream().map(LineResponse::of).toList(), totals.subtotal().amount(),
                    totals.promo() == null ? null : new PromoResponse(totals.promo().code(), totals.promo().discount().amount(),
                            totals.promo().notApplicable()),
                    totals.shipping() == null ? null : totals.shipping().amount(), totals.total().amount());
        }
    }

    public record LineResponse(@Schema(example = "01a0fb5c-1a63-75d1-b9c7-e2f4a8b3c6d9") String variantId,
                               @Schema(example = "SAMS24-256-BLK") String sku,
                               @Schema(example = "Galaxy S24") String productName,
                               @Schema(description = "today's price", example = "74999.00") BigDecimal unitPrice,
                               @Schema(example = "1") int quantity,
                               @Schema(example = "74999.00") BigDecimal lineTotal,
                               @Schema(implementation = Vocabularies.Availability.class) String availability,
                               @Schema(description = "units available now; none are held for a cart", example = "22") int available) {

        static LineResponse of(CartItem item) {
            return new LineResponse(item.variantId().toString(), item.sku(), item.productName(), item.unitPrice().amount(),
                    item.quantity(), item.lineTotal().amount(), item.availability().name().toLowerCase(Locale.ROOT),
                    Math.max(0, item.available()));
        }
    }

    public record PromoResponse(@Schema(example = "DIWALI10") String code,
                                @Schema(example = "0.00") BigDecimal discount,
                                @Schema(description = "why the code gives no discount; null when it applies", example = "DIWALI10 is not valid now")
                                String notApplicable) {
    }

    @GET
    @Operation(summary = "Your cart at today's prices", description = "Role: CUSTOMER. Availability per line; with "
            + "promoCode a preview of its discount, with state and pincode the shipping fee.")
    public Uni<CartResponse> view(@QueryParam("promoCode") @Parameter(description = "A promo code to preview its discount", example = "DIWALI10") String promoCode,
                                  @QueryParam("state") @Parameter(description = "The delivery state code, for the shipping preview", example = "KA") String state,
                                  @QueryParam("pincode") @Parameter(description = "The delivery pincode, for the shipping preview", schema = @Schema(type = SchemaType.STRING, pattern = "^[1-9][0-9]{5}$"), example = "560001") String pincode) {
        return cart.view(new ViewCartQuery(customer(), promoCode, destination(state, pincode))).map(CartResponse::of);
    }

    @POST
    @Path("/lines")
    @Operation(summary = "Add a quantity of a SKU", description = "Role: CUSTOMER. Adds to the SKU's line (1 to 1000 "
            + "per line, 50 lines). Unknown SKU 404, not for sale 422.")
    public Uni<CartResponse> add(@NotNull AddLineRequest request) {
        return cart.add(new CartLineCommand(customer(), request.sku(), request.quantity())).map(CartResponse::of);
    }

    @PUT
    @Path("/lines/{sku}")
    @Operation(summary = "Set a SKU's quantity", description = "Role: CUSTOMER. 1 to 1000; DELETE removes the line.")
    public Uni<CartResponse> setQuantity(@PathParam("sku") String sku, @NotNull QuantityRequest request) {
        return cart.setQuantity(new CartLineCommand(customer(), sku, request.quantity())).map(CartResponse::of);
    }

    @DELETE
    @Path("/lines/{sku}")
    @Operation(summary = "Remove a SKU's line", description = "Role: CUSTOMER. Removing a line that is not there changes nothing.")
    public Uni<CartResponse> remove(@PathParam("sku") String sku) {
        return cart.remove(customer(), sku).map(CartResponse::of);
    }

    private CustomerId customer() {
        return caller.get().customerId();
    }

    private static Destination destination(String state, String pincode) {
        if (state == null && pincode == null) {
            return null;
        }
        try {
            return new Destination(state, pincode == null ? "" : pincode);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(e.field().substring("shipTo.".length()), e.getMessage());
        }
    }
}
