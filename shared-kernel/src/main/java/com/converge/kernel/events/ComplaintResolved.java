package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A complaint was resolved. {@code compensation} is {@code none}, {@code wallet_credit} (booking-service
 * credits the customer's wallet) or {@code order_refund} (order-service refunds {@code orderId}); the
 * consumer acts on it exactly once, keyed by {@code complaintId}.
 */
public record ComplaintResolved(String complaintId, long customerId, String bookingId, String orderId,
                                String resolutionSummary, String compensation, BigDecimal compensationAmount,
                                String resolvedBy, Instant resolvedAt) implements IntegrationEvent {

    public static final String NO_COMPENSATION = "none";
    public static final String WALLET_CREDIT = "wallet_credit";
    public static final String ORDER_REFUND = "order_refund";

    @Override
    public String aggregateId() {
        return complaintId;
    }
}
