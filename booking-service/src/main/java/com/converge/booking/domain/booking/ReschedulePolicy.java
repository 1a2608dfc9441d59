package com.converge.booking.domain.booking;

import com.converge.kernel.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What moving a booking costs and how often it may move: at most {@code limit} times (default 2);
 * free while no provider is assigned and until {@code freeUntilBefore} before the first slot
 * (default 3 hours); {@code fee} (at most the booking's total) inside that window. The same window
 * idea as the {@link CancellationPolicy}, with its own settings.
 */
public record ReschedulePolicy(Duration freeUntilBefore, Money fee, int limit) {

    public static final ReschedulePolicy DEFAULT = new ReschedulePolicy(Duration.ofHours(3), Money.rupees(50), 2);

    public ReschedulePolicy {
        Objects.requireNonNull(freeUntilBefore, "freeUntilBefore");
        Objects.requireNonNull(fee, "fee");
        if (freeUntilBefore.isNegative() || fee.isNegative() || limit < 0) {
            throw new IllegalArgumentException("a reschedule window, fee and limit are not negative");
        }
    }

    public Money feeFor(Booking booking, Instant now) {
        if (booking.provider().isEmpty() || now.isBefore(booking.firstSlot().startsAt().minus(freeUntilBefore))) {
            return Money.ZERO;
        }
        return fee.min(booking.total());
    }
}
