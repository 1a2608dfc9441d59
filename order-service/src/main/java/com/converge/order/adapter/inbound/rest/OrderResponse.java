package com.converge.order.adapter.inbound.rest;

import com.converge.order.application.port.inbound.OrderDetails;
import com.converge.order.domain.Order;
import com.converge.order.domain.OrderLine;
import com.converge.order.domain.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record OrderResponse(
        String id,
        String orderNumber,
        long customerId,
        String status,
        String paymentMethod,
        String verification,
        String actionRequired,
        List<LineResponse> lines,
        BigDecimal subtotal,
        BigDecimal discount,
        String promoCode,
        BigDecimal shippingFee,
        BigDecimal total,
        BigDecimal refunded,
        String cancelReason,
        String carrier,
        String trackingNumber,
        Instant placedAt,
        Instant deliveredAt,
        Instant reservationExpiresAt,
        List<ChangeResponse> history) {

    public record LineResponse(String variantId, String sku, String productName, BigDecimal unitPrice, int quantity,
                               BigDecimal lineTotal) {

        static LineResponse of(OrderLine line) {
            return new LineResponse(line.variantId().toString(), line.sku(), line.productName(), line.unitPrice().amount(),
                    line.quantity(), line.lineTotal().amount());
        }
    }

    public record ChangeResponse(String from, String to, String by, Instant at, String reason) {

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
