package com.converge.order.adapter.inbound.rest;

import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.order.application.port.inbound.ManageShopRulesUseCase;
import com.converge.order.domain.Promo;
import com.converge.order.domain.PromoKind;
import com.converge.order.domain.PromoScope;
import com.converge.order.domain.ShippingZone;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Promos and shipping")
public class ShopRulesResource {

    private final ManageShopRulesUseCase rules;

    ShopRulesResource(ManageShopRulesUseCase rules) {
        this.rules = rules;
    }

    public record PromoRequest(
            @NotBlank @Schema(example = "DIWALI10") String code,
            @NotBlank @Schema(enumeration = {"percent", "flat"}) String kind,
            @NotNull @Schema(description = "percent off, or rupees off", example = "10") BigDecimal amount,
            @Schema(example = "500.00") BigDecimal minOrder,
            @Schema(description = "cap of a percentage discount", example = "200.00") BigDecimal maxDiscount,
            @NotNull @Schema(example = "2026-10-19T18:30:00Z") Instant validFrom,
            @NotNull @Schema(example = "2026-11-15T18:30:00Z") Instant validUntil,
            @Schema(description = "uses in total; none means unlimited", example = "1000") Integer totalLimit,
            @Schema(description = "uses per customer; none means unlimited", example = "1") Integer perCustomerLimit,
            @Schema(implementation = Vocabularies.PromoScopeValue.class) String scope,
            @Schema(description = "category ids or product ids the promo is for; scope left out is all", example = "[\"3\"]")
            Set<String> scopeIds) {
    }

    @Schema(name = "Promo")
    public record PromoResponse(@Schema(example = "DIWALI10") String code,
                                @Schema(example = "percent") String kind,
                                @Schema(description = "percent off, or rupees off", example = "10") BigDecimal amount,
                                @Schema(example = "500.00") BigDecimal minOrder,
                                @Schema(example = "200.00") BigDecimal maxDiscount,
                                @Schema(example = "2026-10-19T18:30:00Z") Instant validFrom,
                                @Schema(example = "2026-11-15T18:30:00Z") Instant validUntil,
                                @Schema(example = "1000") Integer totalLimit,
                                @Schema(example = "1") Integer perCustomerLimit,
                                @Schema(example = "categories") String scope,
                                @Schema(example = "[\"3\"]") Set<String> scopeIds) {

        static PromoResponse of(Promo p) {
            return new PromoResponse(p.code(), p.kind().wireName(), p.amount(), p.minOrder().amount(),
                    p.maxDiscount() == null ? null : p.maxDiscount().amount(), p.validFrom(), p.validUntil(), p.totalLimit(),
                    p.perCustomerLimit(), p.scope().wireName(), p.scopeIds());
        }
    }

    @Schema(description = "A zone is a state or a pincode prefix, not both",
            example = "{\"name\": \"Karnataka\", \"state\": \"KA\", \"fee\": 49.00, \"freeAbove\": 499.00}")
    public record ZoneRequest(@NotBlank @Schema(example = "Karnataka") String name,
                              @Schema(example = "KA") String state,
                              @Schema(description = "1 to 6 digits; the longest matching prefix wins over a state", example = "560")
                              String pincodePrefix,
                              @NotNull @Schema(example = "49.00") BigDecimal fee,
                              @Schema(description = "order value from which shipping is free", example = "499.00") BigDecimal freeAbove) {
    }

    @Schema(example = "{\"id\": 4, \"name\": \"Karnataka\", \"state\": \"KA\", \"pincodePrefix\": null, \"fee\": 49.00, \"freeAbove\": 499.00}")
    public record ZoneResponse(@Schema(example = "4") long id,
                               @Schema(example = "Karnataka") String name,
                               @Schema(example = "KA") String state,
                               @Schema(example = "560") String pincodePrefix,
                               @Schema(example = "49.00") BigDecimal fee,
                               @Schema(example = "499.00") BigDecimal freeAbove) {

        static ZoneResponse of(ShippingZone z) {
            return new ZoneResponse(z.id(), z.name(), z.state(), z.pincodePrefix(), z.fee().amount(),
                    z.freeAbove() == null ? null : z.freeAbove().amount());
        }
    }

    @POST
    @Path("/promos")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a promo code", description = "Role: ADMIN. A code already taken is 409.")
    @APIResponseSchema(value = PromoResponse.class, responseCode = "201", responseDescription = "Added")
    public Uni<Response> addPromo(@NotNull @Valid PromoRequest r) {
        Promo promo = new Promo(r.code() == null ? null : r.code().strip(), PromoKind.fromWire("kind", r.kind()), r.amount(),
                r.minOrder() == null ? null : OrderResource.money("minOrder", r.minOrder()),
                r.maxDiscount() == null ? null : OrderResource.money("maxDiscount", r.maxDiscount()),
                r.validFrom(), r.validUntil(), r.totalLimit(), r.perCustomerLimit(),
                r.scope() == null ? PromoScope.ALL : PromoScope.fromWire("scope", r.scope()), r.scopeIds());
        return rules.addPromo(promo).map(p -> Response.status(201).entity(PromoResponse.of(p)).build());
    }

    @POST
    @Path("/shipping-zones")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Add a shipping zone", description = "Role: ADMIN. A state or a pincode prefix, a fee, and the "
            + "order value from which shipping is free.")
    @APIResponseSchema(value = ZoneResponse.class, responseCode = "201", responseDescription = "Added")
    public Uni<Response> addZone(@NotNull @Valid ZoneRequest r) {
        if (r.state() != null && r.state().isBlank()) {
            throw new InvalidValueException("state", "is a state name or left out");
        }
        ShippingZone zone = new ShippingZone(null, r.name(), r.state(), r.pincodePrefix(), OrderResource.money("fee", r.fee()),
                r.freeAbove() == null ? null : OrderResource.money("freeAbove", r.freeAbove()));
        return rules.addShippingZone(zone).map(z -> Response.status(201).entity(ZoneResponse.of(z)).build());
    }

    @GET
    @Path("/shipping-zones")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.AGENT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The shipping zones", description = "Any role.")
    public Uni<List<ZoneResponse>> zones() {
        return rules.shippingZones().map(zones -> zones.stream().map(ZoneResponse::of).toList());
    }
}
