package com.converge.booking.domain.booking;

import com.converge.kernel.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What cancelling costs: nothing while no provider is assigned, nothing until {@code freeUntilBefore}
 * before the first slot starts (default 3 hours), and {@code fee} (at most the booking's total)
 * inside that window, when a provider has kept the slot for the customer. A booking rescheduled
 * while cancelling would have cost the fee is measured against the slot it left then (see
 * {@link Booking#cancellationDeadlineSlot()}), so rescheduling never dodges the fee.
 */
public record CancellationPolicy(Duration freeUntilBefore, Money fee) {

    public static final CancellationPolicy DEFAULT = new CancellationPolicy(Duration.ofHours(3), Money.rupees(100));

    public CancellationPolicy {
        Objects.requireNonNull(freeUntilBefore, "freeUntilBefore");
        Objects.requireNonNull(fee, "fee");
        if (freeUntilBefore.isNegative() || fee.isNegative()) {
            throw new IllegalArgumentException("a cancellation window and fee are not negative");
        }
    }

    public Money feeFor(Booking booking, Instant now) {
        if (booking.provider().isEmpty()) {
            return Money.ZERO;
        }
        Instant windowOpens = booking.cancellationDeadlineSlot().startsAt().minus(freeUntilBefore);
        if (now.isBefore(windowOpens)) {
            return Money.ZERO;
        }
        return fee.min(booking.total());
    }
}
