package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.BookingItem;
import com.converge.booking.domain.booking.CancellationPolicy;
import com.converge.booking.domain.booking.ReschedulePolicy;
import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.booking.domain.invoice.CreditNote;
import com.converge.booking.domain.invoice.FinancialYear;
import com.converge.booking.domain.invoice.IssuedInvoice;
import com.converge.booking.domain.invoice.TaxInvoice;
import com.converge.booking.domain.invoice.TaxLine;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeptFeesInvoiceTest {

    // 25 Nov 2026 10:00 India time
    private static final ServiceSlot SLOT = new ServiceSlot(LocalDate.parse("2026-11-25"), LocalTime.of(10, 0));
    private static final Instant SLOT_START = Instant.parse("2026-11-25T04:30:00Z");
    private static final ServiceSlot NEXT_WEEK = new ServiceSlot(LocalDate.parse("2026-12-02"), LocalTime.of(16, 0));
    private static final ReschedulePolicy RESCHEDULING = new ReschedulePolicy(Duration.ofHours(3), Money.rupees(50), 2);
    private static final CancellationPolicy CANCELLATION = new CancellationPolicy(Duration.ofHours(3), Money.rupees(100));
    private static final Instant INSIDE_THE_WINDOW = SLOT_START.minus(Duration.ofHours(1));

    /** A tap repair (immovable property: taxed where the address is) booked by a customer billed in {@code billing}. */
    private static Booking assigned(StateCode serviceState, StateCode billing) {
        BookingItem item = new BookingItem(1, 1, 17, SupplyKind.IMMOVABLE_PROPERTY, "Tap repair", Money.of("399"), 1, 60, SLOT,
                TaxLine.on(Money.of("399"), StateCode.KA, serviceState));
        Booking booking = Booking.place(new CustomerId(42), 7, new Pincode("560038"), serviceState, billing, List.of(item),
                SLOT_START.minus(Duration.ofDays(3)));
        booking.confirm(ProviderId.next(), SLOT_START.minus(Duration.ofDays(2)));
        return booking;
    }

    private static TaxInvoice invoice(Booking booking) {
        booking.invoiceKeptFees("BK/2627/000007");
        return TaxInvoice.of(booking, new IssuedInvoice("BK/2627/000007", FinancialYear.containing(INSIDE_THE_WINDOW),
                StateCode.KA, INSIDE_THE_WINDOW));
    }

    @Test
    void theCancellationFeeIsInvoicedWithItsGstTakenOutOfItCgstAndSgstInsideTheSupplierState() {
        Booking booking = assigned(StateCode.KA, StateCode.KA);
        booking.cancel("plans changed", "42", CANCELLATION, Money.of("470.82"), INSIDE_THE_WINDOW);

        assertThat(booking.cancellation().orElseThrow().kept()).isEqualTo(Money.rupees(100));
        TaxInvoice invoice = invoice(booking);

        // 100.00 x 9/118 = 7.627 -> 7.63 each; the taxable value is the rest
        assertThat(invoice.lines()).singleElement().satisfies(line -> {
            assertThat(line.lineNo()).isEqualTo(1);
            assertThat(line.description()).isEqualTo("Cancellation fee");
            assertThat(line.unitPrice()).isEqualTo(Money.of("84.74"));
            assertThat(line.quantity()).isEqualTo(1);
            assertThat(line.tax()).isEqualTo(new TaxLine(Money.of("84.74"), StateCode.KA, Money.of("7.63"), Money.of("7.63"),
                    Money.ZERO));
        });
        assertThat(invoice.totals().total()).isEqualTo(Money.rupees(100));
        assertThat(invoice.number()).isEqualTo("BK/2627/000007");
    }

    @Test
    void aFeeForAServiceInAnotherStateIsIgstAtThePlaceOfSupplyOfTheService() {
        Booking booking = assigned(StateCode.TN, StateCode.KA);
        booking.cancel("plans changed", "42", CANCELLATION, Money.of("470.82"), INSIDE_THE_WINDOW);

        // 100.00 x 18/118 = 15.254 -> 15.25
        assertThat(invoice(booking).lines()).singleElement().extracting(TaxInvoice.Line::tax)
                .isEqualTo(new TaxLine(Money.of("84.75"), StateCode.TN, Money.ZERO, Money.ZERO, Money.of("15.25")));
    }

    @Test
    void aRescheduleFeeChargedBeforeIsInvoicedAsChargedBeforeTheCancellationFee() {
        Booking booking = assigned(StateCode.KA, StateCode.KA);
        booking.reschedule(NEXT_WEEK, "42", RESCHEDULING, CANCELLATION, INSIDE_THE_WINDOW);
        // the move kept the cancellation fee, so cancelling a week ahead still costs it
        booking.cancel("plans changed", "42", CANCELLATION, Money.of("529.82"), INSIDE_THE_WINDOW);

        assertThat(booking.cancellation().orElseThrow().kept()).isEqualTo(Money.of("159.00"));
        TaxInvoice invoice = invoice(booking);

        assertThat(invoice.lines()).extracting(TaxInvoice.Line::lineNo).containsExactly(1, 2);
        assertThat(invoice.lines().get(0).description()).startsWith("Reschedule fee (move 1");
        assertThat(invoice.lines().get(0).tax()).isEqualTo(booking.charges().get(0).tax());
        assertThat(invoice.lines().get(1).description()).isEqualTo("Cancellation fee");
        assertThat(invoice.totals().taxable()).isEqualTo(Money.of("134.74"));
        assertThat(invoice.totals().cgst()).isEqualTo(Money.of("12.13"));
        assertThat(invoice.totals().sgst()).isEqualTo(Money.of("12.13"));
        assertThat(invoice.totals().total()).isEqualTo(Money.of("159.00"));
    }

    @Test
    void whatWasPaidCoversTheChargesFirstAndOnlyThePartOfTheFeeItCoversIsInvoiced() {
        Booking booking = assigned(StateCode.KA, StateCode.KA);
        booking.reschedule(NEXT_WEEK, "42", RESCHEDULING, CANCELLATION, INSIDE_THE_WINDOW);
        booking.cancel("plans changed", "42", CANCELLATION, Money.of("120.00"), INSIDE_THE_WINDOW);

        TaxInvoice invoice = invoice(booking);

        assertThat(booking.cancellation().orElseThrow().fee()).isEqualTo(Money.rupees(100));
        assertThat(invoice.lines()).hasSize(2);
        assertThat(invoice.lines().get(0).tax().total()).isEqualTo(Money.of("59.00"));
        // 61.00 x 9/118 = 4.652 -> 4.65
        assertThat(invoice.lines().get(1).tax()).isEqualTo(new TaxLine(Money.of("51.70"), StateCode.KA, Money.of("4.65"),
                Money.of("4.65"), Money.ZERO));
        assertThat(invoice.totals().total()).isEqualTo(Money.of("120.00"));
    }

    @Test
    void whenWhatWasPaidDoesNotCoverAChargeThePartKeptIsInvoicedWithItsGstInIt() {
        Booking booking = assigned(StateCode.KA, StateCode.KA);
        booking.reschedule(NEXT_WEEK, "42", RESCHEDULING, CANCELLATION, INSIDE_THE_WINDOW);
        booking.cancel("plans changed", "42", CANCELLATION, Money.of("30.00"), INSIDE_THE_WINDOW);

        assertThat(invoice(booking).lines()).singleElement().satisfies(line -> {
            assertThat(line.description()).startsWith("Reschedule fee").endsWith(", in part");
            assertThat(line.tax()).isEqualTo(new TaxLine(Money.of("25.42"), StateCode.KA, Money.of("2.29"), Money.of("2.29"),
                    Money.ZERO));
        });
    }

    @Test
    void aFreeCancellationOrOneWithNothingPaidKeepsNothingAndHasNothingToInvoice() {
        Booking early = assigned(StateCode.KA, StateCode.KA);
        early.cancel("plans changed", "42", CANCELLATION, Money.of("470.82"), SLOT_START.minus(Duration.ofDays(1)));
        Booking unpaid = assigned(StateCode.KA, StateCode.KA);
        unpaid.cancel("plans changed", "42", CANCELLATION, Money.ZERO, INSIDE_THE_WINDOW);

        for (Booking booking : List.of(early, unpaid)) {
            assertThat(booking.cancellation().orElseThrow().kept()).isEqualTo(Money.ZERO);
            assertThat(booking.keptFees()).isEmpty();
            assertThatThrownBy(() -> booking.invoiceKeptFees("BK/2627/000008")).isInstanceOf(IllegalStateException.class);
        }
        assertThat(unpaid.cancellation().orElseThrow().fee()).isEqualTo(Money.rupees(100));
    }

    @Test
    void aCancellationIsInvoicedOnce() {
        Booking booking = assigned(StateCode.KA, StateCode.KA);
        booking.cancel("plans changed", "42", CANCELLATION, Money.of("470.82"), INSIDE_THE_WINDOW);
        booking.invoiceKeptFees("BK/2627/000007");

        assertThatThrownBy(() -> booking.invoiceKeptFees("BK/2627/000008")).isInstanceOf(IllegalStateException.class);
        assertThat(booking.invoiceNumber()).hasValue("BK/2627/000007");
    }

    @Test
    void gstTakenOutOfAnAmountAlwaysAddsUpToItAndIsEighteenPercentOfTheRestToTheRoundedPaisa() {
        TaxLine intra = TaxLine.on(Money.of("399"), StateCode.KA, StateCode.KA);
        TaxLine inter = TaxLine.on(Money.of("399"), StateCode.KA, StateCode.TN);
        for (long paise = 1; paise <= 200_000; paise += 7) {
            Money amount = Money.ofPaise(paise);
            TaxLine within = TaxLine.includedIn(amount, intra);
            TaxLine across = TaxLine.includedIn(amount, inter);

            assertThat(within.total()).isEqualTo(amount);
            assertThat(across.total()).isEqualTo(amount);
            assertThat(within.cgst()).isEqualTo(within.sgst());
            assertThat(within.igst()).isEqualTo(Money.ZERO);
            assertThat(across.cgst().plus(across.sgst())).isEqualTo(Money.ZERO);
            assertThat(offByAtMostTwoPaise(within.tax(), within.taxable())).as("%s", amount).isTrue();
            assertThat(offByAtMostTwoPaise(across.tax(), across.taxable())).as("%s", amount).isTrue();
        }
    }

    private static boolean offByAtMostTwoPaise(Money tax, Money taxable) {
        BigDecimal exact = taxable.amount().multiply(BigDecimal.valueOf(18)).movePointLeft(2);
        return exact.subtract(tax.amount()).abs().compareTo(new BigDecimal("0.02")) <= 0;
    }

    @Test
    void aRefundOfWhatWasKeptIsACreditNoteAgainstTheCancellationsInvoice() {
        Booking booking = assigned(StateCode.KA, StateCode.KA);
        booking.reschedule(NEXT_WEEK, "42", RESCHEDULING, CANCELLATION, INSIDE_THE_WINDOW);
        booking.cancel("plans changed", "42", CANCELLATION, Money.of("529.82"), INSIDE_THE_WINDOW);
        TaxInvoice invoice = invoice(booking);

        CreditNote note = CreditNote.against(invoice, Map.of(), Money.of("159.00"), "refund-1",
                new IssuedInvoice("CN/2627/000001", invoice.financialYear(), StateCode.KA, INSIDE_THE_WINDOW));

        assertThat(note.invoiceNumber()).isEqualTo("BK/2627/000007");
        assertThat(note.totals()).isEqualTo(invoice.totals());
    }
}
