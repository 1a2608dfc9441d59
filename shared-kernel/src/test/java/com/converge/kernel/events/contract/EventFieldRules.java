package com.converge.kernel.events.contract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the event records cannot say in Java types: which reference-typed fields may be null and
 * which strings take one of a fixed set of wire values. Everything not listed here is required and
 * never null. A field added to a record later must be listed as nullable: events already on the
 * topics do not carry it, so consumers cannot rely on it (the compatibility test enforces this).
 * Keys are {@code RecordSimpleName.component}.
 */
final class EventFieldRules {

    static final Set<String> NULLABLE = Set.of(
            "CustomerRegistered.email",
            "CustomerRegistered.referralCode",
            "CustomerRegistered.referredBy",
            "BookingCancelled.reason",
            "BookingCancelled.invoiceNumber",
            "RefundIssued.reason",
            "RefundIssued.creditNoteNumber",
            "WalletCredited.reference",
            "ComplaintCreated.bookingId",
            "ComplaintCreated.orderId",
            "ComplaintAssigned.previousAssignee",
            "ComplaintResolved.bookingId",
            "ComplaintResolved.orderId",
            "ComplaintResolved.compensationAmount",
            "CsatRecorded.comment",
            "CsatRecorded.assignee",
            "CustomerHealthChanged.previousScore",
            "CustomerAtRisk.previousScore",
            "OrderCancelled.reason",
            "OrderShipped.trackingNumber",
            "OrderReturned.reason",
            "CallCompleted.complaintId",
            "CallCompleted.orderId",
            "CallbackScheduled.ownerAgent",
            "CallbackScheduled.reason",
            "ConversionRecorded.primaryAgent",
            "OrderVerificationCompleted.reason");

    private static final List<String> PRIORITIES = List.of("low", "medium", "high", "critical");
    private static final List<String> COMPLAINT_TYPES = List.of(
            "service_quality", "provider_behavior", "billing", "delay", "damage", "refund_request", "other");
    private static final List<String> COMPLAINT_STATUSES = List.of(
            "open", "in_progress", "waiting_on_customer", "escalated", "resolved", "closed");
    private static final List<String> SLA_CLOCKS = List.of("first_response", "next_response", "resolution");

    static final Map<String, List<String>> WIRE_VALUES = Map.ofEntries(
            Map.entry("PaymentReceived.method", List.of("upi", "card", "netbanking", "cash", "wallet")),
            Map.entry("RefundIssued.destination", List.of("wallet", "original_method")),
            Map.entry("ComplaintCreated.type", COMPLAINT_TYPES),
            Map.entry("ComplaintCreated.priority", PRIORITIES),
            Map.entry("ComplaintEscalated.priority", PRIORITIES),
            Map.entry("SlaWarning.priority", PRIORITIES),
            Map.entry("SlaBreached.priority", PRIORITIES),
            Map.entry("SlaWarning.clock", SLA_CLOCKS),
            Map.entry("SlaBreached.clock", SLA_CLOCKS),
            Map.entry("ComplaintStatusChanged.fromStatus", COMPLAINT_STATUSES),
            Map.entry("ComplaintStatusChanged.toStatus", COMPLAINT_STATUSES),
            Map.entry("CsatRecorded.complaintType", COMPLAINT_TYPES),
            Map.entry("ComplaintResolved.compensation", List.of("none", "wallet_credit", "order_refund")),
            Map.entry("OrderPlaced.paymentMethod", List.of("cod", "prepaid")),
            Map.entry("ConversionRecorded.conversionType", List.of("booking", "order")));

    private EventFieldRules() {
    }

    static boolean nullable(Class<?> record, String component) {
        return NULLABLE.contains(key(record, component));
    }

    static List<String> wireValues(Class<?> record, String component) {
        return WIRE_VALUES.get(key(record, component));
    }

    private static String key(Class<?> record, String component) {
        return record.getSimpleName() + "." + component;
    }
}
