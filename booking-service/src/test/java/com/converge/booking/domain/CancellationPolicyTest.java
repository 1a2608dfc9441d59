package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.BookingItem;
import com.converge.booking.domain.booking.BookingStatus;
import com.converge.booking.domain.booking.CancellationPolicy;
import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.booking.domain.invoice.TaxLine;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancellationPolicyTest {

    // 25 Nov 2026 10:00 India time
    private static final ServiceSlot SLOT = new ServiceSlot(LocalDate.parse("2026-11-25"), LocalTime.of(10, 0));
    private static final Instant SLOT_START = Instant.parse("2026-11-25T04:30:00Z");
    private static final CancellationPolicy POLICY = new CancellationPolicy(Duration.ofHours(3), Money.rupees(100));

    private static Booking booking(String price) {
        BookingItem item = new BookingItem(1, 1, 17, SupplyKind.IMMOVABLE_PROPERTY, "Tap repair", Money.of(price), 1, 60, SLOT,
                TaxLine.on(Money.of(price), StateCode.KA, StateCode.KA));
        return Booking.place(new CustomerId(42), 7, new Pincode("560038"), StateCode.KA, StateCode.KA, List.of(item),
                SLOT_START.minus(Duration.ofDays(3)));
    }

    private static Booking assigned(String price) {
        Booking booking = booking(price);
        booking.confirm(ProviderId.next(), SLOT_START.minus(Duration.ofDays(2)));
        return booking;
    }

    @Test
    void cancellingBeforeAProviderIsAssignedIsFreeEvenJustBeforeTheSlot() {
        assertThat(POLICY.feeFor(booking("399"), SLOT_START.minusSeconds(60))).isEqualTo(Money.ZERO);
    }

    @Test
    void cancellingAnAssignedBookingIsFreeUntilThreeHoursBeforeTheSlot() {
        assertThat(POLICY.feeFor(assigned("399"), SLOT_START.minus(Duration.ofHours(3)).minusNanos(1000))).isEqualTo(Money.ZERO);
    }

    @Test
    void insideTheWindowTheFeeIsCharged() {
        assertThat(POLICY.feeFor(assigned("399"), SLOT_START.minus(Duration.ofHours(3)))).isEqualTo(Money.rupees(100));
        assertThat(POLICY.feeFor(assigned("399"), SLOT_START.minus(Duration.ofMinutes(5)))).isEqualTo(Money.rupees(100));
    }

    @Test
    void theFeeIsNeverMoreThanTheBooking() {
        assertThat(POLICY.feeFor(assigned("50"), SLOT_START.minusSeconds(60))).isEqualTo(Money.of("59.00"));
    }

    @Test
    void aCancelledBookingKeepsWhyWhoAndTheFee() {
        Booking booking = assigned("399");
        Money fee = booking.cancel(" Plans changed ", "42", POLICY, Money.ZERO, SLOT_START.minus(Duration.ofHours(1)));
        assertThat(fee).isEqualTo(Money.rupees(100));
        assertThat(booking.status()).isEqualTo(BookingStatus.CANCELLED);
        assertThat(booking.cancellation()).hasValueSatisfying(c -> {
            assertThat(c.reason()).isEqualTo("Plans changed");
            assertThat(c.cancelledBy()).isEqualTo("42");
        });
    }

    @Test
    void startedCompletedOrCancelledBookingsCannotBeCancelledAndAReasonIsRequired() {
        Booking started = assigned("399");
        started.start(SLOT_START);
        assertThatThrownBy(() -> started.cancel("late", "42", POLICY, Money.ZERO, SLOT_START)).isInstanceOf(IllegalTransitionException.class);
        Booking cancelled = booking("399");
        cancelled.cancel("x", "42", POLICY, Money.ZERO, SLOT_START);
        assertThatThrownBy(() -> cancelled.cancel("x", "42", POLICY, Money.ZERO, SLOT_START)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> booking("399").cancel(" ", "42", POLICY, Money.ZERO, SLOT_START))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }
}
