package com.converge.order.adapter.inbound.rest;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import com.converge.kernel.domain.Role;
import com.converge.kernel.idempotency.IdempotentRequests;
import com.converge.kernel.idempotency.IdempotentResponse;
import com.converge.kernel.problem.RequestParameters;
import com.converge.kernel.security.CurrentCaller;
import com.converge.order.adapter.inbound.rest.OrderRequests.ExtendRequest;
import com.converge.order.adapter.inbound.rest.OrderRequests.PlaceOrderRequest;
import com.converge.order.adapter.inbound.rest.OrderRequests.ReasonRequest;
import com.converge.order.adapter.inbound.rest.OrderRequests.RefundRequest;
import com.converge.order.adapter.inbound.rest.OrderRequests.ShipRequest;
import com.converge.order.application.port.inbound.CheckoutCartCommand;
import com.converge.order.application.port.inbound.ExtendReservationCommand;
import com.converge.order.application.port.inbound.FindOrdersUseCase;
import com.converge.order.application.port.inbound.MoveOrderCommand;
import com.converge.order.application.port.inbound.MoveOrderUseCase;
import com.converge.order.application.port.inbound.OrderMove;
import com.converge.order.application.port.inbound.PlaceOrderCommand;
import com.converge.order.application.port.inbound.PlaceOrderUseCase;
import com.converge.order.application.port.inbound.RefundCommand;
import com.converge.order.application.port.inbound.RefundOrderUseCase;
import com.converge.order.domain.Destination;
import com.converge.order.domain.Order;
import com.converge.order.domain.PaymentMethod;
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
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
public class OrderResource {

    private final PlaceOrderUseCase placeOrder;
    private final MoveOrderUseCase moveOrder;
    private final FindOrdersUseCase findOrders;
    private final RefundOrderUseCase refundOrder;
    private final IdempotentRequests idempotent;
    private final CurrentCaller caller;

    OrderResource(PlaceOrderUseCase placeOrder, MoveOrderUseCase moveOrder, FindOrdersUseCase findOrders,
                  RefundOrderUseCase refundOrder, IdempotentRequests idempotent, CurrentCaller caller) {
        this.placeOrder = placeOrder;
        this.moveOrder = moveOrder;
        this.findOrders = findOrders;
        this.refundOrder = refundOrder;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(summary = "Place an order", description = "Role: CUSTOMER. Accepts Idempotency-Key. Reserves every line's "
            + "stock at once or nothing; too little stock is 409 with, per SKU, what is available. With fromCart: true "
            + "it orders the cart, whose ordered lines leave it in the same transaction (a refused order leaves it as it was).")
    @APIResponseSchema(value = OrderResponse.class, responseCode = "201", responseDescription = "Placed; Location is its URL")
    public Uni<Response> place(@HeaderParam(IdempotentRequests.HEADER) String key, @NotNull @Valid PlaceOrderRequest request,
                               UriInfo uri) {
        Caller who = caller.get();
        PaymentMethod paymentMethod = PaymentMethod.fromWire("paymentMethod", request.paymentMethod());
        Destination shipTo = request.shipTo() == null ? null : new Destination(request.shipTo().state(), request.shipTo().pincode());
        String placedBy = "customer:" + who.subject();
        Supplier<Uni<Order>> placing;
        if (Boolean.TRUE.equals(request.fromCart())) {
            if (request.items() != null && !request.items().isEmpty()) {
                throw new InvalidValueException("items", "an order from the cart has no items of its own");
            }
            CheckoutCartCommand command = new CheckoutCartCommand(who.customerId(), paymentMethod, request.promoCode(), shipTo,
                    placedBy);
            placing = () -> placeOrder.placeFromCart(command);
        } else {
            PlaceOrderCommand command = new PlaceOrderCommand(who.customerId(), paymentMethod,
                    request.items() == null ? null
                            : request.items().stream().map(i -> i == null ? null : new PlaceOrderCommand.Item(i.sku(), i.quantity())).toList(),
                    request.promoCode(), shipTo, placedBy);
            placing = () -> placeOrder.place(command);
        }
        return idempotent.execute(key, "place-order", who, request, () -> placing.get()
                .map(order -> IdempotentResponse.created(
                        uri.getBaseUriBuilder().path("api/v1/orders").path(order.id().toString()).build(),
                        OrderResponse.of(order))));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "An order with its history", description = "Roles: CUSTOMER (their own; others' are 404), SUPPORT, ADMIN.")
    public Uni<OrderResponse> get(@PathParam("id") String id) {
        return findOrders.find(OrderId.of(id), caller.get()).map(OrderResponse::of);
    }

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A customer's orders, newest first", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN (customerId required).")
    public Uni<List<OrderResponse>> list(@QueryParam("customerId") @Parameter(description = "Whose orders; required for staff, ignored for a customer (their own)", schema = @Schema(type = SchemaType.INTEGER, format = "int64"), example = "42") String customerId,
                                          @QueryParam("limit") String limit) {
        Caller who = caller.get();
        CustomerId customer;
        if (who.isCustomerOnly()) {
            customer = who.customerId();
        } else if (customerId == null) {
            throw new InvalidValueException("customerId", "is required for staff");
        } else {
            customer = CustomerId.of(customerId);
        }
        return findOrders.ofCustomer(customer, who, limit(limit)).map(orders -> orders.stream().map(OrderResponse::of).toList());
    }

    @GET
    @Path("/open")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Orders waiting for staff", description = "Roles: SUPPORT, ADMIN. Pending, confirmed and packed "
            + "orders, oldest first, with minutes since placing and the action required.")
    public Uni<List<OpenOrderResponse>> open(@QueryParam("limit") String limit) {
        return findOrders.open(limit(limit)).map(open -> open.stream().map(o -> new OpenOrderResponse(o.order().id().toString(),
                o.order().number().value(), o.order().customerId().value(), o.order().status().wireName(),
                o.order().total().amount(), o.minutesPending(), o.actionRequired())).toList());
    }

    public record OpenOrderResponse(@Schema(example = "01a1aa2f-783b-7c41-9a2b-6e3d9f5a1c77") String id,
                                    @Schema(example = "ORD-20261105-00042") String orderNumber,
                                    @Schema(example = "42") long customerId,
                                    @Schema(example = "pending") String status,
                                    @Schema(example = "74799.00") BigDecimal total,
                                    @Schema(example = "32") long minutesPending,
                                    @Schema(example = "awaiting verification call") String actionRequired) {
    }

    @POST
    @Path("/{id}/confirm")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Confirm a pending order", description = "Role: ADMIN. Commits its stock; publishes OrderConfirmed.")
    public Uni<OrderResponse> confirm(@PathParam("id") String id) {
        return move(id, OrderMove.CONFIRM, null, null, null);
    }

    @POST
    @Path("/{id}/pack")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Mark a confirmed order packed", description = "Role: ADMIN.")
    public Uni<OrderResponse> pack(@PathParam("id") String id) {
        return move(id, OrderMove.PACK, null, null, null);
    }

    @POST
    @Path("/{id}/ship")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Ship a packed order", description = "Role: ADMIN. Publishes OrderShipped.")
    public Uni<OrderResponse> ship(@PathParam("id") String id, @NotNull @Valid ShipRequest request) {
        return move(id, OrderMove.SHIP, null, request.carrier(), request.trackingNumber());
    }

    @POST
    @Path("/{id}/deliver")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Mark a shipped order delivered", description = "Role: ADMIN. Publishes OrderDelivered.")
    public Uni<OrderResponse> deliver(@PathParam("id") String id) {
        return move(id, OrderMove.DELIVER, null, null, null);
    }

    @POST
    @Path("/{id}/refuse-delivery")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "The buyer refused the parcel", description = "Role: ADMIN. The order is returned, its stock "
            + "comes back, and the buyer is no longer trusted. Publishes OrderReturned.")
    public Uni<OrderResponse> refuseDelivery(@PathParam("id") String id) {
        return move(id, OrderMove.REFUSE_DELIVERY, null, null, null);
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Cancel an order before it ships", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN. "
            + "Releases or restocks its stock, refunds what was paid; publishes OrderCancelled.")
    public Uni<OrderResponse> cancel(@PathParam("id") String id, @NotNull @Valid ReasonRequest request) {
        return move(id, OrderMove.CANCEL, request.reason(), null, null);
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Return a delivered order within the return window", description = "Roles: CUSTOMER (their own), "
            + "SUPPORT, ADMIN. Restocks, refunds; publishes OrderReturned.")
    public Uni<OrderResponse> returnOrder(@PathParam("id") String id, @NotNull @Valid ReasonRequest request) {
        return move(id, OrderMove.RETURN, request.reason(), null, null);
    }

    @POST
    @Path("/{id}/reservation/extend")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Hold a pending order's stock longer", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN.")
    public Uni<ReservationResponse> extend(@PathParam("id") String id, @NotNull @Valid ExtendRequest request) {
        return moveOrder.extendReservation(new ExtendReservationCommand(OrderId.of(id), Duration.ofMinutes(request.minutes()),
                caller.get())).map(ReservationResponse::new);
    }

    public record ReservationResponse(@Schema(example = "2026-11-06T06:00:00.123456Z") Instant expiresAt) {
    }

    @POST
    @Path("/{id}/refunds")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Refund part of an order", description = "Roles: SUPPORT, ADMIN. Accepts Idempotency-Key. "
            + "Never more than was paid (422).")
    @APIResponseSchema(value = OrderResponse.class, responseCode = "200", responseDescription = "Refunded")
    public Uni<Response> refund(@PathParam("id") String id, @HeaderParam(IdempotentRequests.HEADER) String key,
                                @NotNull @Valid RefundRequest request) {
        Caller who = caller.get();
        RefundCommand command = new RefundCommand(OrderId.of(id), money("amount", request.amount()), request.reason(),
                "support:" + UUID.randomUUID(), "support:" + who.subject());
        return idempotent.execute(key, "refund-order:" + id, who, request,
                () -> refundOrder.refund(command).map(order -> IdempotentResponse.ok(OrderResponse.of(order))));
    }

    private Uni<OrderResponse> move(String id, OrderMove move, String reason, String carrier, String trackingNumber) {
        return moveOrder.move(new MoveOrderCommand(OrderId.of(id), move, caller.get(), reason, carrier, trackingNumber))
                .map(OrderResponse::of);
    }

    private static int limit(String value) {
        int limit = RequestParameters.integer("limit", value, 20);
        if (limit < 1 || limit > 100) {
            throw new InvalidValueException("limit", "is between 1 and 100");
        }
        return limit;
    }

    static Money money(String field, BigDecimal amount) {
        try {
            return new Money(amount);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }
}
