package com.converge.kernel.events.contract;

import com.converge.kernel.events.BookingCancelled;
import com.converge.kernel.events.BookingCompleted;
import com.converge.kernel.events.BookingConfirmed;
import com.converge.kernel.events.BookingCreated;
import com.converge.kernel.events.BookingRescheduled;
import com.converge.kernel.events.CallCompleted;
import com.converge.kernel.events.CallbackScheduled;
import com.converge.kernel.events.ComplaintAssigned;
import com.converge.kernel.events.ComplaintCreated;
import com.converge.kernel.events.ComplaintEscalated;
import com.converge.kernel.events.ComplaintResolved;
import com.converge.kernel.events.ComplaintStatusChanged;
import com.converge.kernel.events.ConversionRecorded;
import com.converge.kernel.events.CsatRecorded;
import com.converge.kernel.events.CustomerAtRisk;
import com.converge.kernel.events.CustomerHealthChanged;
import com.converge.kernel.events.CustomerRegistered;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.events.OrderCancelled;
import com.converge.kernel.events.OrderConfirmed;
import com.converge.kernel.events.OrderDelivered;
import com.converge.kernel.events.OrderPlaced;
import com.converge.kernel.events.OrderReturned;
import com.converge.kernel.events.OrderShipped;
import com.converge.kernel.events.OrderVerificationCompleted;
import com.converge.kernel.events.OrderVerificationRequested;
import com.converge.kernel.events.PaymentReceived;
import com.converge.kernel.events.ProviderSettled;
import com.converge.kernel.events.RefundIssued;
import com.converge.kernel.events.ReservationExpired;
import com.converge.kernel.events.SlaBreached;
import com.converge.kernel.events.SlaWarning;
import com.converge.kernel.events.StockLow;
import com.converge.kernel.events.WalletCredited;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One realistic instance of every event the platform can emit, every field filled. */
final class EventSamples {

    private static final String BOOKING = "01935f7e-1c2a-7b3d-8e4f-5a6b7c8d9e01";
    private static final String COMPLAINT = "01935f80-4d1e-7a2b-9c3d-4e5f6a7b8c02";
    private static final String ORDER = "01935f82-7a3b-7c4d-8e5f-6a7b8c9d0e03";
    private static final String ENTRY = "01935f84-2b4c-7d5e-9f6a-7b8c9d0e1f04";
    private static final long CUSTOMER = 42;
    private static final Instant AT = Instant.parse("2026-11-20T05:30:00.123456Z");

    private static final List<IntegrationEvent> ALL = List.of(
            new CustomerRegistered(CUSTOMER, "Asha Rao", "+919876543210", "asha@example.in", "ASHA42", 7L, AT),
            new BookingCreated(BOOKING, CUSTOMER, 2, new BigDecimal("1770.00"), "560034",
                    Instant.parse("2026-11-21T04:30:00Z"), AT),
            new BookingConfirmed(BOOKING, CUSTOMER, "prov-118", AT),
            new BookingRescheduled(BOOKING, CUSTOMER, Instant.parse("2026-11-21T04:30:00Z"),
                    Instant.parse("2026-11-22T08:30:00Z"), "customer", new BigDecimal("0.00"), 1, AT),
            new BookingCancelled(BOOKING, CUSTOMER, "plans changed", "customer", new BigDecimal("100.00"),
                    new BigDecimal("1670.00"), "BK/2627/000124", AT),
            new BookingCompleted(BOOKING, CUSTOMER, "prov-118", new BigDecimal("1770.00"), "BK/2627/000123", AT),
            new PaymentReceived("pay-9001", BOOKING, CUSTOMER, new BigDecimal("1770.00"), "upi", "captured", AT),
            new RefundIssued("ref-77", BOOKING, CUSTOMER, new BigDecimal("1670.00"), "wallet", "booking cancelled",
                    "CN/2026-27/000012", AT),
            new WalletCredited("wal-310", CUSTOMER, new BigDecimal("250.00"), "compensation", COMPLAINT,
                    new BigDecimal("1250.00"), AT),
            new ProviderSettled("set-2026-46-118", "prov-118", LocalDate.parse("2026-11-09"), LocalDate.parse("2026-11-15"),
                    14, new BigDecimal("24780.00"), new BigDecimal("4956.00"), new BigDecimal("19824.00"), AT),
            new ComplaintCreated(COMPLAINT, CUSTOMER, "delay", "high", "Plumber did not arrive", BOOKING, null,
                    Instant.parse("2026-11-20T09:30:00Z"), Instant.parse("2026-11-21T05:30:00Z"), AT),
            new ComplaintAssigned(COMPLAINT, CUSTOMER, "s-7", "s-1", "s-1", AT),
            new ComplaintStatusChanged(COMPLAINT, CUSTOMER, "open", "in_progress", "s-7", AT),
            new ComplaintEscalated(COMPLAINT, CUSTOMER, "high", 1, "resolution SLA breached", AT),
            new ComplaintResolved(COMPLAINT, CUSTOMER, BOOKING, null, "Rebooked with another plumber", "wallet_credit",
                    new BigDecimal("250.00"), "s-7", AT),
            new SlaWarning(COMPLAINT, CUSTOMER, "high", "first_response", Instant.parse("2026-11-20T09:30:00Z"), AT),
            new SlaBreached(COMPLAINT, CUSTOMER, "high", "resolution", Instant.parse("2026-11-21T05:30:00Z"), AT),
            new CsatRecorded(COMPLAINT, CUSTOMER, 4, "Sorted quickly", "s-7", "delay", AT),
            new CustomerHealthChanged(CUSTOMER, 58, 71, "at_risk", AT),
            new CustomerAtRisk(CUSTOMER, 38, 58, "two breached complaints in 30 days", AT),
            new OrderPlaced(ORDER, "ORD-20261105-00042", CUSTOMER, 3, new BigDecimal("2499.00"), "cod", true, AT),
            new OrderVerificationRequested(ORDER, "ORD-20261105-00042", CUSTOMER, new BigDecimal("2499.00"), AT),
            new OrderConfirmed(ORDER, "ORD-20261105-00042", CUSTOMER, "a-3", AT),
            new OrderCancelled(ORDER, "ORD-20261105-00042", CUSTOMER, "verification refused", "a-3", new BigDecimal("0.00"), AT),
            new OrderShipped(ORDER, "ORD-20261105-00042", CUSTOMER, "Delhivery", "DLV123456789IN", AT),
            new OrderDelivered(ORDER, "ORD-20261105-00042", CUSTOMER, new BigDecimal("2499.00"), AT),
            new OrderReturned(ORDER, "ORD-20261105-00042", CUSTOMER, "wrong size", new BigDecimal("2499.00"), AT),
            new StockLow("01935f86-5c6d-7e7f-8a9b-0c1d2e3f4a05", "TSHIRT-BLU-M", 3, 5, AT),
            new ReservationExpired(ORDER, "ORD-20261105-00042", CUSTOMER, AT),
            new CallCompleted("call-5521", ENTRY, CUSTOMER, "a-3", "outstanding_requests", "connected", true, 184,
                    COMPLAINT, null, AT),
            new CallbackScheduled(ENTRY, CUSTOMER, "outstanding_requests", Instant.parse("2026-11-20T06:00:00Z"),
                    "high complaint " + COMPLAINT, "a-3", AT),
            new ConversionRecorded("conv-88", CUSTOMER, "booking", BOOKING, new BigDecimal("1770.00"), "a-3",
                    List.of(new ConversionRecorded.AgentShare("a-3", new BigDecimal("60"), new BigDecimal("53.10")),
                            new ConversionRecorded.AgentShare("a-5", new BigDecimal("40"), new BigDecimal("35.40"))),
                    new BigDecimal("88.50"), AT),
            new OrderVerificationCompleted(ORDER, CUSTOMER, true, "a-3", "customer confirmed address", AT));

    private static final Map<Class<?>, IntegrationEvent> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Object::getClass, Function.identity()));

    private EventSamples() {
    }

    static IntegrationEvent of(Class<?> dataClass) {
        return BY_CLASS.get(dataClass);
    }

    /** The same event with every field the rules allow to be null set to null: the smallest valid event. */
    static IntegrationEvent withNullsWherePermitted(IntegrationEvent event) {
        RecordComponent[] components = event.getClass().getRecordComponents();
        Object[] values = Stream.of(components).map(component -> {
            if (EventFieldRules.nullable(event.getClass(), component.getName())) {
                return null;
            }
            try {
                return component.getAccessor().invoke(event);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).toArray();
        try {
            Constructor<?> canonical = event.getClass().getDeclaredConstructor(
                    Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (IntegrationEvent) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
