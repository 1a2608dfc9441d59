package com.converge.complaint.domain;

/** What became of a booking or an order, as its owning context announced it. */
public enum PurchaseOutcome {
    /** BookingCompleted, OrderDelivered. */
    COMPLETED,
    /** BookingCancelled, OrderCancelled. */
    CANCELLED,
    /** RefundIssued for a booking. */
    REFUNDED,
    /** OrderReturned. */
    RETURNED
}
