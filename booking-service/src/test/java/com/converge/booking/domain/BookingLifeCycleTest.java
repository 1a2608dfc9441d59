package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.BookingItem;
import com.converge.booking.domain.booking.BookingStatus;
import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.booking.domain.invoice.TaxLine;
import com.converge.booking.domain.provider.ProviderAssignment;
import com.converge.booking.domain.provider.ProviderCandidate;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BookingLifeCycleTest {

    private static final Instant NOW = Instant.parse("2026-11-20T04:30:00Z");
    private static final ServiceSlot TEN = new ServiceSlot(LocalDate.parse("2026-11-25"), LocalTime.of(10, 0));
    private static final ServiceSlot NOON = new ServiceSlot(LocalDate.parse("2026-11-25"), LocalTime.of(12, 0));

    private static Booking booking() {
        BookingItem item = new BookingItem(1, 1, 17, SupplyKind.IMMOVABLE_PROPERTY, "Tap repair", Money.of("399"), 1, 60, TEN,
                TaxLine.on(Money.of("399"), StateCode.KA, StateCode.KA));
        return Booking.place(new CustomerId(42), 7, new Pincode("560038"), StateCode.KA, StateCode.KA, List.of(item), NOW);
    }

    @Test
    void aBookingMovesFromPendingThroughConfirmedAndInProgressToCompleted() {
        Booking booking = booking();
        assertThat(booking.status()).isEqualTo(BookingStatus.PENDING);
        booking.confirm(ProviderId.next(), NOW);
        booking.start(NOW);
        booking.complete("BK/2627/000001", NOW);
        assertThat(booking.status()).isEqualTo(BookingStatus.COMPLETED);
        assertThat(booking.total()).isEqualTo(Money.of("470.82"));
    }

    @Test
    void skippingAStepOrGoingBackIsAnIllegalTransition() {
        Booking booking = booking();
        assertThatThrownBy(() -> booking.start(NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> booking.complete("X", NOW)).isInstanceOf(IllegalTransitionException.class);
        booking.confirm(ProviderId.next(), NOW);
        assertThatThrownBy(() -> booking.confirm(ProviderId.next(), NOW)).isInstanceOf(IllegalTransitionException.class);
        assertThat(BookingStatus.COMPLETED.mayMoveTo(BookingStatus.CANCELLED)).isFalse();
        assertThat(BookingStatus.IN_PROGRESS.mayMoveTo(BookingStatus.CANCELLED)).isFalse();
        assertThat(BookingStatus.CONFIRMED.mayMoveTo(BookingStatus.CANCELLED)).isTrue();
    }

    @Test
    void theBestProviderHasTheHighestRatingThenTheLowestLoad() {
        ProviderId busyStar = id(1);
        ProviderId idleStar = id(2);
        ProviderId average = id(3);
        List<ProviderCandidate> candidates = List.of(
                candidate(average, "4.20", 0, Set.of(TEN)),
                candidate(busyStar, "4.90", 5, Set.of(TEN)),
                candidate(idleStar, "4.90", 1, Set.of(TEN)));
        assertThat(ProviderAssignment.ranked(candidates, Set.of(17), Set.of(TEN))).containsExactly(idleStar, busyStar, average);
    }

    @Test
    void onlyVerifiedActiveProvidersServingEveryServiceAndOpenAndFreeInEverySlotAreCandidates() {
        ProviderId fine = id(1);
        List<ProviderCandidate> candidates = List.of(
                new ProviderCandidate(fine, true, true, new BigDecimal("4.00"), 0, Set.of(17, 18), Set.of(TEN, NOON), Set.of()),
                new ProviderCandidate(id(2), false, true, new BigDecimal("5.00"), 0, Set.of(17, 18), Set.of(TEN, NOON), Set.of()),
                new ProviderCandidate(id(3), true, false, new BigDecimal("5.00"), 0, Set.of(17, 18), Set.of(TEN, NOON), Set.of()),
                new ProviderCandidate(id(4), true, true, new BigDecimal("5.00"), 0, Set.of(17), Set.of(TEN, NOON), Set.of()),
                new ProviderCandidate(id(5), true, true, new BigDecimal("5.00"), 0, Set.of(17, 18), Set.of(TEN), Set.of()),
                new ProviderCandidate(id(6), true, true, new BigDecimal("5.00"), 0, Set.of(17, 18), Set.of(TEN, NOON), Set.of(NOON)));
        assertThat(ProviderAssignment.ranked(candidates, Set.of(17, 18), Set.of(TEN, NOON))).containsExactly(fine);
    }

    private static ProviderCandidate candidate(ProviderId id, String rating, long load, Set<ServiceSlot> open) {
        return new ProviderCandidate(id, true, true, new BigDecimal(rating), load, Set.of(17), open, Set.of());
    }

    private static ProviderId id(int n) {
        return new ProviderId(new UUID(0, n));
    }
}
