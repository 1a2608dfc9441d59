package com.converge.order.adapter.inbound.rest;

import com.converge.order.application.port.inbound.OrderDetails;
import com.converge.order.domain.Order;
import com.converge.order.domain.OrderLine;
import com.converge.order.domain.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record OrderResponse(
        @Schema(example = "01a1aa2f-783b-7c41-9a2b-6e3d9f5a1c77") String id,
        @Schema(example = "ORD-20261105-00042") String orderNumber,
        @Schema(example = "42") long customerId,
        @Schema(example = "pending") String status,
        @Schema(example = "cod") String paymentMethod,
        @Schema(example = "awaiting_call") String verification,
        @Schema(description = "what staff have to do next", example = "awaiting verification call") String actionRequired,
        List<LineResponse> lines,
        @Schema(example = "74999.00") BigDecimal subtotal,
        @Schema(example = "200.00") BigDecimal discount,
        @Schema(example = "DIWALI10") String promoCode,
        @Schema(example = "0.00") BigDecimal shippingFee,
        @Schema(example = "74799.00") BigDecimal total,
        @Schema(example = "0.00") BigDecimal refunded,
        @Schema(example = "Ordered by mistake") String cancelReason,
        @Schema(example = "Delhivery") String carrier,
        @Schema(example = "DL123456789IN") String trackingNumber,
        @Schema(example = "2026-11-05T05:30:00.123456Z") Instant placedAt,
        @Schema(example = "2026-11-08T09:12:45.318204Z") Instant deliveredAt,
        @Schema(description = "while it is pending, until when it holds its stock; only on GET of one order",
                example = "2026-11-06T05:30:00.123456Z") Instant reservationExpiresAt,
        @Schema(description = "every transition, oldest first (placing, the first, has from null); only on GET of one order")
        List<ChangeResponse> history) {

    @Schema(name = "OrderLine")
    public record LineResponse(@Schema(example = "01a0fb5c-1a63-75d1-b9c7-e2f4a8b3c6d9") String variantId,
                               @Schema(example = "SAMS24-256-BLK") String sku,
                               @Schema(example = "Galaxy S24") String productName,
                               @Schema(example = "74999.00") BigDecimal unitPrice,
                               @Schema(example = "1") int quantity,
                               @Schema(example = "74999.00") BigDecimal lineTotal) {

        static LineResponse of(OrderLine line) {
            return new LineResponse(line.variantId().toString(), line.sku(), line.productName(), line.unitPrice().amount(),
                    line.quantity(), line.lineTotal().amount());
        }
    }

    public record ChangeResponse(@Schema(example = "pending") String from,
                                 @Schema(example = "confirmed") String to,
                                 @Schema(description = "who moved it: customer:<id>, admin:<id>, support:<id>, agent:<id> or system",
                                         example = "agent:a-3") String by,
                                 @Schema(example = "2026-11-05T06:02:31.508113Z") Instant at,
                                 @Schema(example = "customer confirmed address") String reason) {

        static ChangeResponse of(StatusChange change) {
            return new ChangeResponse(change.from() == null ? null : change.from().wireName(), change.to().wireName(),
                    change.by(), change.at(), change.reason());
        }
    }

    static OrderResponse of(OrderDetails details) {
        return of(details.order(), details.reservationExpiresAt(), details.history());
    }

    static OrderResponse of(Order order) {
        return of(order, null, null);
    }

    private static OrderResponse of(Order order, Instant reservationExpiresAt, List<StatusChange> history) {
        return new OrderResponse(order.id().toString(), order.number().value(), order.customerId().value(),
                order.status().wireName(), order.paymentMethod().wireName(), order.verification().wireName(),
                order.actionRequired(), order.lines().stream().map(LineResponse::of).toList(), order.subtotal().amount(),
                order.discount().amount(), order.promoCode(), order.shippingFee().amount(), order.total().amount(), order.refunded().amount(), order.cancelReason(),
                order.carrier(), order.trackingNumber(), order.placedAt(), order.deliveredAt(), reservationExpiresAt,
                history == null ? null : history.stream().map(ChangeResponse::of).toList());
    }
}
