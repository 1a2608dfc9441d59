package com.converge.kernel.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every event type the platform publishes, by topic. A consumer finds the data class by CloudEvents
 * type here; a new version of a type is a new entry with the same name and a higher version.
 */
public final class EventCatalog {

    // booking-events
    public static final EventType<CustomerRegistered> CUSTOMER_REGISTERED =
            new EventType<>("CustomerRegistered", 1, Topic.BOOKING_EVENTS, CustomerRegistered.class);
    public static final EventType<BookingCreated> BOOKING_CREATED =
            new EventType<>("BookingCreated", 1, Topic.BOOKING_EVENTS, BookingCreated.class);
    public static final EventType<BookingConfirmed> BOOKING_CONFIRMED =
            new EventType<>("BookingConfirmed", 1, Topic.BOOKING_EVENTS, BookingConfirmed.class);
    public static final EventType<BookingRescheduled> BOOKING_RESCHEDULED =
            new EventType<>("BookingRescheduled", 1, Topic.BOOKING_EVENTS, BookingRescheduled.class);
    public static final EventType<BookingCancelled> BOOKING_CANCELLED =
            new EventType<>("BookingCancelled", 1, Topic.BOOKING_EVENTS, BookingCancelled.class);
    public static final EventType<BookingCompleted> BOOKING_COMPLETED =
            new EventType<>("BookingCompleted", 1, Topic.BOOKING_EVENTS, BookingCompleted.class);
    public static final EventType<PaymentReceived> PAYMENT_RECEIVED =
            new EventType<>("PaymentReceived", 1, Topic.BOOKING_EVENTS, PaymentReceived.class);
    public static final EventType<RefundIssued> REFUND_ISSUED =
            new EventType<>("RefundIssued", 1, Topic.BOOKING_EVENTS, RefundIssued.class);
    public static final EventType<WalletCredited> WALLET_CREDITED =
            new EventType<>("WalletCredited", 1, Topic.BOOKING_EVENTS, WalletCredited.class);
    public static final EventType<ProviderSettled> PROVIDER_SETTLED =
            new EventType<>("ProviderSettled", 1, Topic.BOOKING_EVENTS, ProviderSettled.class);

    // complaint-events
    public static final EventType<ComplaintCreated> COMPLAINT_CREATED =
            new EventType<>("ComplaintCreated", 1, Topic.COMPLAINT_EVENTS, ComplaintCreated.class);
    public static final EventType<ComplaintAssigned> COMPLAINT_ASSIGNED =
            new EventType<>("ComplaintAssigned", 1, Topic.COMPLAINT_EVENTS, ComplaintAssigned.class);
    public static final EventType<ComplaintStatusChanged> COMPLAINT_STATUS_CHANGED =
            new EventType<>("ComplaintStatusChanged", 1, Topic.COMPLAINT_EVENTS, ComplaintStatusChanged.class);
    public static final EventType<ComplaintEscalated> COMPLAINT_ESCALATED =
            new EventType<>("ComplaintEscalated", 1, Topic.COMPLAINT_EVENTS, ComplaintEscalated.class);
    public static final EventType<ComplaintResolved> COMPLAINT_RESOLVED =
            new EventType<>("ComplaintResolved", 1, Topic.COMPLAINT_EVENTS, ComplaintResolved.class);
    public static final EventType<SlaWarning> SLA_WARNING =
            new EventType<>("SlaWarning", 1, Topic.COMPLAINT_EVENTS, SlaWarning.class);
    public static final EventType<SlaBreached> SLA_BREACHED =
            new EventType<>("SlaBreached", 1, Topic.COMPLAINT_EVENTS, SlaBreached.class);
    public static final EventType<CsatRecorded> CSAT_RECORDED =
            new EventType<>("CsatRecorded", 1, Topic.COMPLAINT_EVENTS, CsatRecorded.class);
    public static final EventType<CustomerHealthChanged> CUSTOMER_HEALTH_CHANGED =
            new EventType<>("CustomerHealthChanged", 1, Topic.COMPLAINT_EVENTS, CustomerHealthChanged.class);
    public static final EventType<CustomerAtRisk> CUSTOMER_AT_RISK =
            new EventType<>("CustomerAtRisk", 1, Topic.COMPLAINT_EVENTS, CustomerAtRisk.class);

    // order-events
    public static final EventType<OrderPlaced> ORDER_PLACED =
            new EventType<>("OrderPlaced", 1, Topic.ORDER_EVENTS, OrderPlaced.class);
    public static final EventType<OrderVerificationRequested> ORDER_VERIFICATION_REQUESTED =
            new EventType<>("OrderVerificationRequested", 1, Topic.ORDER_EVENTS, OrderVerificationRequested.class);
    public static final EventType<OrderConfirmed> ORDER_CONFIRMED =
            new EventType<>("OrderConfirmed", 1, Topic.ORDER_EVENTS, OrderConfirmed.class);
    public static final EventType<OrderCancelled> ORDER_CANCELLED =
            new EventType<>("OrderCancelled", 1, Topic.ORDER_EVENTS, OrderCancelled.class);
    public static final EventType<OrderShipped> ORDER_SHIPPED =
            new EventType<>("OrderShipped", 1, Topic.ORDER_EVENTS, OrderShipped.class);
    public static final EventType<OrderDelivered> ORDER_DELIVERED =
            new EventType<>("OrderDelivered", 1, Topic.ORDER_EVENTS, OrderDelivered.class);
    public static final EventType<OrderReturned> ORDER_RETURNED =
            new EventType<>("OrderReturned", 1, Topic.ORDER_EVENTS, OrderReturned.class);
    public static final EventType<StockLow> STOCK_LOW =
            new EventType<>("StockLow", 1, Topic.ORDER_EVENTS, StockLow.class);
    public static final EventType<ReservationExpired> RESERVATION_EXPIRED =
            new EventType<>("ReservationExpired", 1, Topic.ORDER_EVENTS, ReservationExpired.class);

    // callqueue-events
    public static final EventType<CallCompleted> CALL_COMPLETED =
            new EventType<>("CallCompleted", 1, Topic.CALLQUEUE_EVENTS, CallCompleted.class);
    public static final EventType<CallbackScheduled> CALLBACK_SCHEDULED =
            new EventType<>("CallbackScheduled", 1, Topic.CALLQUEUE_EVENTS, CallbackScheduled.class);
    public static final EventType<ConversionRecorded> CONVERSION_RECORDED =
            new EventType<>("ConversionRecorded", 1, Topic.CALLQUEUE_EVENTS, ConversionRecorded.class);
    public static final EventType<OrderVerificationCompleted> ORDER_VERIFICATION_COMPLETED =
            new EventType<>("OrderVerificationCompleted", 1, Topic.CALLQUEUE_EVENTS, OrderVerificationCompleted.class);

    public static final List<EventType<?>> ALL = List.of(
            CUSTOMER_REGISTERED,
            BOOKING_CREATED,
            BOOKING_CONFIRMED,
            BOOKING_RESCHEDULED,
            BOOKING_CANCELLED,
            BOOKING_COMPLETED,
            PAYMENT_RECEIVED,
            REFUND_ISSUED,
            WALLET_CREDITED,
            PROVIDER_SETTLED,
            COMPLAINT_CREATED,
            COMPLAINT_ASSIGNED,
            COMPLAINT_STATUS_CHANGED,
            COMPLAINT_ESCALATED,
            COMPLAINT_RESOLVED,
            SLA_WARNING,
            SLA_BREACHED,
            CSAT_RECORDED,
            CUSTOMER_HEALTH_CHANGED,
            CUSTOMER_AT_RISK,
            ORDER_PLACED,
            ORDER_VERIFICATION_REQUESTED,
            ORDER_CONFIRMED,
            ORDER_CANCELLED,
            ORDER_SHIPPED,
            ORDER_DELIVERED,
            ORDER_RETURNED,
            STOCK_LOW,
            RESERVATION_EXPIRED,
            CALL_COMPLETED,
            CALLBACK_SCHEDULED,
            CONVERSION_RECORDED,
            ORDER_VERIFICATION_COMPLETED);

    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));
    private static final Map<String, EventType<?>> BY_DATA_SCHEMA =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::dataSchema, Function.identity()));
    /** During a migration window a type is published in two versions; without a dataschema, the newest is meant. */
    private static final Map<String, EventType<?>> LATEST_BY_CLOUD_EVENT_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::cloudEventType, Function.identity(),
                    (a, b) -> a.version() >= b.version() ? a : b));

    private EventCatalog() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends IntegrationEvent> EventType<T> typeOf(T event) {
        EventType<?> type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not in the event catalog");
        }
        return (EventType<T>) type;
    }

    /** The newest version of a CloudEvents type. */
    public static Optional<EventType<?>> byCloudEventType(String cloudEventType) {
        return Optional.ofNullable(LATEST_BY_CLOUD_EVENT_TYPE.get(cloudEventType));
    }

    /** The exact version a record's {@code ce_dataschema} names, falling back to the newest of its type. */
    public static Optional<EventType<?>> resolve(String cloudEventType, String dataSchema) {
        EventType<?> exact = dataSchema == null ? null : BY_DATA_SCHEMA.get(dataSchema);
        if (exact != null && exact.cloudEventType().equals(cloudEventType)) {
            return Optional.of(exact);
        }
        return byCloudEventType(cloudEventType);
    }
}
