package com.converge.callqueue.domain;

import java.util.Objects;

/** Why an entry is in its queue: what raised it and the complaint or order the call is about. */
public record EntryContext(String source, String complaintId, String orderId) {

    public static final String ORDER_VERIFICATION = "order_verification";

    public EntryContext {
        Objects.requireNonNull(source, "source");
    }

    public static EntryContext complaint(String complaintId) {
        return new EntryContext("complaint", complaintId, null);
    }

    /** A complaint that needs a call for another reason than being raised: escalated, SLA breached. */
    public static EntryContext complaint(String source, String complaintId) {
        return new EntryContext(source, complaintId, null);
    }

    public static EntryContext customerAtRisk() {
        return new EntryContext("customer_at_risk", null, null);
    }

    public static EntryContext orderVerification(String orderId) {
        return new EntryContext(ORDER_VERIFICATION, null, orderId);
    }

    public static EntryContext registration() {
        return new EntryContext("registration", null, null);
    }

    public boolean isOrderVerification() {
        return ORDER_VERIFICATION.equals(source) && orderId != null;
    }
}
