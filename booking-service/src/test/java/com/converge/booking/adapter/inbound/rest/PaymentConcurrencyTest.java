package com.converge.booking.adapter.inbound.rest;

import static com.converge.booking.PaymentFixtures.atOnce;
import static com.converge.booking.PaymentFixtures.creditWallet;
import static com.converge.booking.PaymentFixtures.pay;
import static com.converge.booking.PaymentFixtures.refund;
import static org.assertj.core.api.Assertions.assertThat;

import com.converge.booking.Fixtures;
import com.converge.booking.PaymentFixtures;
import com.converge.booking.PaymentFixtures.PaidBooking;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PaymentConcurrencyTest {

    private static final int PARALLEL = 50;

    private static long paise(String sql, Object... parameters) throws Exception {
        return Fixtures.count("SELECT COALESCE(" + sql + ", 0) * 100" + "", parameters);
    }

    @Test
    void fiftyParallelRefundsNeverRefundMoreThanWasPaidAndTheirCreditNotesHaveNoGaps() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        PaymentFixtures.paidAndCompleted(booking);
        long paid = new BigDecimal(booking.total()).movePointRight(2).longValueExact();
        long fit = paid / 2000;

        List<Integer> codes = atOnce(PARALLEL, i -> refund(booking.id(), "{\"amount\":20.00,\"reason\":\"parallel %d\"}".formatted(i)));

        assertThat(Collections.frequency(codes, 201)).isEqualTo((int) fit);
        assertThat(Collections.frequency(codes, 422)).isEqualTo(PARALLEL - (int) fit);
        assertThat(paise("(SELECT amount_refunded FROM booking WHERE id = ?)", booking.id())).isEqualTo(fit * 2000);
        assertThat(paise("(SELECT SUM(amount) FROM refund WHERE booking_id = ?)", booking.id())).isEqualTo(fit * 2000);
        assertThat(paise("(SELECT SUM(grand_total) FROM credit_note WHERE booking_id = ?)", booking.id())).isEqualTo(fit * 2000);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM credit_note WHERE booking_id = ?", booking.id())).isEqualTo(fit);
        // the whole series of the year: numbers 1..n, each once
        assertThat(Fixtures.count("SELECT MAX(sequence_number) - COUNT(*) FROM credit_note WHERE series = 'CN'")).isZero();
        // no invoice line is reversed beyond what it invoiced
        assertThat(Fixtures.count("""
                SELECT COUNT(*) FROM booking_item i WHERE i.booking_id = ? AND i.taxable + i.cgst + i.sgst + i.igst <
                    (SELECT SUM(l.taxable + l.cgst + l.sgst + l.igst) FROM credit_note_line l JOIN credit_note n
                     ON n.number = l.credit_note_number WHERE n.booking_id = i.booking_id AND l.line_no = i.line_no)""",
                booking.id())).isZero();
    }

    @Test
    void fiftyParallelWalletPaymentsNeverOverdrawTheWallet() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        creditWallet(booking.customer(), "100.00");

        List<Integer> codes = atOnce(PARALLEL, i -> pay(booking.customer(), booking.id(), "wallet-" + i,
                "{\"amount\":10.00,\"method\":\"wallet\"}"));

        assertThat(Collections.frequency(codes, 201)).isEqualTo(10);
        assertThat(Collections.frequency(codes, 422)).isEqualTo(PARALLEL - 10);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM wallet_entry WHERE customer_id = ? AND balance_after < 0", booking.customer())).isZero();
        assertThat(paise("(SELECT balance_after FROM wallet_entry WHERE customer_id = ? ORDER BY seq DESC LIMIT 1)",
                booking.customer())).isZero();
        assertThat(paise("(SELECT amount_paid FROM booking WHERE id = ?)", booking.id())).isEqualTo(10_000);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM payment WHERE booking_id = ?", booking.id())).isEqualTo(10);
    }

    @Test
    void fiftyParallelPaymentsNeverPayMoreThanTheTotalAndOneKeyPaysOnce() throws Exception {
        PaidBooking booking = PaymentFixtures.booking();
        long total = new BigDecimal(booking.total()).movePointRight(2).longValueExact();
        long fit = total / 2000;

        List<Integer> codes = atOnce(PARALLEL, i -> pay(booking.customer(), booking.id(), "upi-" + i,
                "{\"amount\":20.00,\"method\":\"upi\"}"));
        assertThat(Collections.frequency(codes, 201)).isEqualTo((int) fit);
        assertThat(paise("(SELECT amount_paid FROM booking WHERE id = ?)", booking.id())).isEqualTo(fit * 2000);

        List<Integer> sameKey = atOnce(10, i -> pay(booking.customer(), booking.id(), "the-same-key",
                "{\"amount\":0.01,\"method\":\"upi\"}"));
        assertThat(sameKey).allMatch(code -> code == 201 || code == 422);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM payment WHERE booking_id = ? AND amount = 0.01", booking.id())).isEqualTo(1);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM payment WHERE booking_id = ?", booking.id())).isEqualTo(fit + 1);
    }
}
