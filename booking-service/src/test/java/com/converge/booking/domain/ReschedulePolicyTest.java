package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.BookingItem;
import com.converge.booking.domain.booking.CancellationPolicy;
import com.converge.booking.domain.booking.Reschedule;
import com.converge.booking.domain.booking.ReschedulePolicy;
import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.booking.domain.invoice.FinancialYear;
import com.converge.booking.domain.invoice.IssuedInvoice;
import com.converge.booking.domain.invoice.TaxInvoice;
import com.converge.booking.domain.invoice.TaxLine;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReschedulePolicyTest {

    // 25 Nov 2026 10:00 India time
    private static final ServiceSlot SLOT = new ServiceSlot(LocalDate.parse("2026-11-25"), LocalTime.of(10, 0));
    private static final Instant SLOT_START = Instant.parse("2026-11-25T04:30:00Z");
    private static final ServiceSlot NEXT_WEEK = new ServiceSlot(LocalDate.parse("2026-12-02"), LocalTime.of(16, 0));
    private static final ReschedulePolicy POLICY = new ReschedulePolicy(Duration.ofHours(3), Money.rupees(50), 2);
    private static final CancellationPolicy CANCELLATION = new CancellationPolicy(Duration.ofHours(3), Money.rupees(100));

    private Instant now = SLOT_START.minus(Duration.ofDays(3));

    private Booking booking(String price, ServiceSlot... slots) {
        List<BookingItem> items = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            items.add(new BookingItem(i + 1, 1, 17, SupplyKind.IMMOVABLE_PROPERTY, "Tap repair", Money.of(price), 1, 60, slots[i],
                    TaxLine.on(Money.of(price), StateCode.KA, StateCode.KA)));
        }
        return Booking.place(new CustomerId(42), 7, new Pincode("560038"), StateCode.KA, StateCode.KA, items, now);
    }

    private Booking assigned() {
        Booking booking = booking("399", SLOT);
        booking.confirm(ProviderId.next(), now);
        return booking;
    }

    @Test
    void reschedulingDaysAheadIsFreeAndKeptInTheHistory() {
        Booking booking = assigned();
        now = now.plus(Duration.ofDays(1));

        Reschedule made = booking.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now);

        assertThat(made.number()).isEqualTo(1);
        assertThat(made.from()).isEqualTo(SLOT);
        assertThat(made.to()).isEqualTo(NEXT_WEEK);
        assertThat(made.rescheduledBy()).isEqualTo("42");
        assertThat(made.rescheduledAt()).isEqualTo(now);
        assertThat(made.fee()).isEqualTo(Money.ZERO);
        assertThat(made.cancellationFeeKept()).isFalse();
        assertThat(booking.firstSlot()).isEqualTo(NEXT_WEEK);
        assertThat(booking.reschedules()).containsExactly(made);
    }

    @Test
    void insideTheWindowTheRescheduleFeeIsChargedButNotBeforeAProviderIsAssigned() {
        Booking confirmed = assigned();
        Booking pending = booking("399", SLOT);
        now = SLOT_START.minus(Duration.ofHours(3));

        assertThat(confirmed.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now).fee()).isEqualTo(Money.rupees(50));
        assertThat(pending.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now).fee()).isEqualTo(Money.ZERO);
    }

    @Test
    void justOutsideTheWindowReschedulingIsFree() {
        Booking booking = assigned();
        now = SLOT_START.minus(Duration.ofHours(3)).minusMillis(1);
        assertThat(booking.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now).fee()).isEqualTo(Money.ZERO);
    }

    @Test
    void theFeeIsNeverMoreThanTheBooking() {
        Booking cheap = booking("20", SLOT);
        cheap.confirm(ProviderId.next(), now);
        now = SLOT_START.minus(Duration.ofHours(1));
        assertThat(cheap.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now).fee()).isEqualTo(Money.of("23.60"));
    }

    @Test
    void aBookingMovesAtMostTheLimitTimes() {
        Booking booking = assigned();
        booking.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now);
        booking.reschedule(SLOT, "ad-1", POLICY, CANCELLATION, now);

        assertThatThrownBy(() -> booking.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.kind()).isEqualTo("reschedule-limit-reached"));
        assertThat(booking.reschedules()).hasSize(2);
        assertThat(booking.firstSlot()).isEqualTo(SLOT);
        assertThatThrownBy(() -> assigned().reschedule(NEXT_WEEK, "42", new ReschedulePolicy(Duration.ZERO, Money.ZERO, 0),
                CANCELLATION, now)).isInstanceOf(ConflictException.class);
    }

    @Test
    void reschedulingFromInsideTheCancellationWindowKeepsTheCancellationFee() {
        Booking booking = assigned();
        now = SLOT_START.minus(Duration.ofHours(2));
        Reschedule made = booking.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now);
        assertThat(made.cancellationFeeKept()).isTrue();

        now = now.plus(Duration.ofMinutes(10));
        assertThat(CANCELLATION.feeFor(booking, now)).isEqualTo(Money.rupees(100));
        assertThat(booking.cancellationDeadlineSlot()).isEqualTo(SLOT);
    }

    @Test
    void reschedulingWellAheadLetsTheNewSlotDecideTheCancellationFee() {
        Booking booking = assigned();
        booking.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now);

        now = SLOT_START.plus(Duration.ofDays(1));
        assertThat(CANCELLATION.feeFor(booking, now)).isEqualTo(Money.ZERO);
        assertThat(booking.cancellationDeadlineSlot()).isEqualTo(NEXT_WEEK);
    }

    @Test
    void aSecondFreeRescheduleDoesNotWashAwayAKeptFee() {
        Booking booking = assigned();
        now = SLOT_START.minus(Duration.ofHours(1));
        booking.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now);
        booking.reschedule(NEXT_WEEK.plusSlots(12), "42", POLICY, CANCELLATION, now);

        assertThat(CANCELLATION.feeFor(booking, now)).isEqualTo(Money.rupees(100));
    }

    @Test
    void everyVisitMovesByTheSameNumberOfSlots() {
        ServiceSlot evening = new ServiceSlot(SLOT.date(), LocalTime.of(18, 0));
        Booking booking = booking("399", SLOT, evening);

        booking.reschedule(new ServiceSlot(SLOT.date(), LocalTime.of(14, 0)), "42", POLICY, CANCELLATION, now);

        assertThat(booking.items()).extracting(BookingItem::slot).containsExactly(
                new ServiceSlot(SLOT.date(), LocalTime.of(14, 0)), new ServiceSlot(SLOT.date().plusDays(1), LocalTime.of(10, 0)));
        assertThat(booking.items()).extracting(BookingItem::tax).containsExactlyElementsOf(
                booking("399", SLOT, evening).items().stream().map(BookingItem::tax).toList());
    }

    @Test
    void slotsThatBeganOrTheSameSlotOrFinishedBookingsAreRefused() {
        now = SLOT_START.minus(Duration.ofHours(1));
        Booking booking = assigned();
        ServiceSlot earlierToday = new ServiceSlot(SLOT.date(), LocalTime.of(8, 0));
        assertThatThrownBy(() -> booking.reschedule(earlierToday, "42", POLICY, CANCELLATION, now))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> booking.reschedule(SLOT, "42", POLICY, CANCELLATION, now))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, e -> assertThat(e.field()).isEqualTo("slot"));
        assertThat(booking.reschedules()).isEmpty();

        booking.start(now);
        assertThatThrownBy(() -> booking.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now))
                .isInstanceOf(IllegalTransitionException.class);
        Booking cancelled = booking("399", SLOT);
        cancelled.cancel("x", "42", CANCELLATION, Money.ZERO, now);
        assertThatThrownBy(() -> cancelled.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void slotsCountAcrossDays() {
        ServiceSlot evening = new ServiceSlot(SLOT.date(), LocalTime.of(18, 0));
        assertThat(evening.plusSlots(1)).isEqualTo(new ServiceSlot(SLOT.date().plusDays(1), LocalTime.of(8, 0)));
        assertThat(SLOT.plusSlots(-2)).isEqualTo(new ServiceSlot(SLOT.date().minusDays(1), LocalTime.of(18, 0)));
        assertThat(SLOT.slotsUntil(NEXT_WEEK)).isEqualTo(7 * 6 + 3);
        assertThat(SLOT.plusSlots(SLOT.slotsUntil(NEXT_WEEK))).isEqualTo(NEXT_WEEK);
    }

    @Test
    void aFeeInsideTheWindowIsChargedWithGstLikeTheServiceAndInvoicedAsItsOwnLine() {
        Booking booking = assigned();
        now = SLOT_START.minus(Duration.ofHours(1));
        booking.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now);

        // tap repair in Karnataka from a Karnataka supplier: CGST 9% + SGST 9% on the 50.00 fee
        assertThat(booking.charges()).singleElement().satisfies(charge -> {
            assertThat(charge.lineNo()).isEqualTo(2);
            assertThat(charge.description()).contains("Reschedule fee");
            assertThat(charge.tax()).isEqualTo(new TaxLine(Money.rupees(50), StateCode.KA, Money.of("4.50"), Money.of("4.50"),
                    Money.ZERO));
        });
        assertThat(booking.charged()).isEqualTo(Money.of("59.00"));

        booking.start(now);
        booking.complete("BK/2627/000001", now);
        TaxInvoice invoice = TaxInvoice.of(booking, new IssuedInvoice("BK/2627/000001", FinancialYear.containing(now),
                StateCode.KA, now));
        assertThat(invoice.lines()).extracting(TaxInvoice.Line::lineNo).containsExactly(1, 2);
        assertThat(invoice.lines().get(1).unitPrice()).isEqualTo(Money.rupees(50));
        // 399.00 + 71.82 of GST on the service, 59.00 for the fee
        assertThat(invoice.totals().total()).isEqualTo(Money.of("529.82"));
        assertThat(invoice.totals().taxable()).isEqualTo(Money.of("449.00"));
    }

    @Test
    void aFeeAcrossStatesIsIgstAndFreeMovesChargeNothing() {
        Booking booking = assigned();
        now = now.plus(Duration.ofDays(1));
        booking.reschedule(NEXT_WEEK, "42", POLICY, CANCELLATION, now);
        assertThat(booking.charges()).isEmpty();
        assertThat(booking.charged()).isEqualTo(Money.ZERO);

        TaxLine interState = TaxLine.on(Money.of("399"), StateCode.KA, StateCode.TN);
        assertThat(TaxLine.ancillaryTo(Money.rupees(50), interState))
                .isEqualTo(new TaxLine(Money.rupees(50), StateCode.TN, Money.ZERO, Money.ZERO, Money.rupees(9)));
    }

    @Test
    void aFeeRecordedBeforeFeesWereChargedIsNeitherOwedNorInvoiced() {
        List<BookingItem> items = List.of(new BookingItem(1, 1, 17, SupplyKind.IMMOVABLE_PROPERTY, "Tap repair", Money.of("399"), 1,
                60, NEXT_WEEK, TaxLine.on(Money.of("399"), StateCode.KA, StateCode.KA)));
        Booking legacy = new Booking(com.converge.kernel.domain.BookingId.next(), new CustomerId(42), 7, new Pincode("560038"),
                StateCode.KA, StateCode.KA, items, com.converge.booking.domain.booking.BookingStatus.CONFIRMED,
                com.converge.booking.domain.booking.PaymentStatus.PENDING, ProviderId.next(), now, now, null, null, null, null,
                null, List.of(new Reschedule(1, SLOT, NEXT_WEEK, "42", now, Money.rupees(50), true, false)));
        assertThat(legacy.charges()).isEmpty();
    }
}
