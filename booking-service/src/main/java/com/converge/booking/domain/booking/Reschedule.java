package com.converge.booking.domain.booking;

import com.converge.booking.domain.ServiceSlot;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One move of a booking, kept for good: from which first slot to which, who moved it, when, and the
 * reschedule fee charged. {@code cancellationFeeKept} is true when cancelling at that moment would
 * have cost the cancellation fee: the booking then keeps that fee for a later cancellation, so a
 * reschedule is never a cheaper way to cancel. {@code feeCharged} is false only for fees recorded
 * before fees were charged: those are neither owed nor invoiced.
 */
public record Reschedule(int number, ServiceSlot from, ServiceSlot to, String rescheduledBy, Instant rescheduledAt, Money fee,
                         boolean cancellationFeeKept, boolean feeCharged) {

    public Reschedule {
        if (number < 1) {
            throw new IllegalArgumentException("reschedules are numbered from 1");
        }
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(rescheduledBy, "rescheduledBy");
        Objects.requireNonNull(rescheduledAt, "rescheduledAt");
        Objects.requireNonNull(fee, "fee");
    }
}
