package com.converge.kernel.events;

import java.math.BigDecimal;
import java.time.Instant;

/** A booking moved to another slot; {@code feeAmount} is zero outside the reschedule window. */
public record BookingRescheduled(String bookingId, long customerId, Instant fromSlotStart, Instant toSlotStart,
                                 String rescheduledBy, BigDecimal feeAmount, int rescheduleCount, Instant rescheduledAt)
        implements IntegrationEvent {

    @Override
    public String aggregateId() {
        return bookingId;
    }
}
