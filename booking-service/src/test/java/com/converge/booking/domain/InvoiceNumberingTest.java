package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.booking.domain.invoice.FinancialYear;
import com.converge.booking.domain.invoice.InvoiceSeries;
import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvoiceNumberingTest {

    @Test
    void theFinancialYearTurnsAtMidnightOnTheFirstOfAprilIndiaTime() {
        // 31 March 2027 23:59 IST is 18:29 UTC; 1 April 00:00 IST is 31 March 18:30 UTC
        assertThat(FinancialYear.containing(Instant.parse("2027-03-31T18:29:59Z"))).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.containing(Instant.parse("2027-03-31T18:30:00Z"))).isEqualTo(new FinancialYear(2027));
        assertThat(FinancialYear.containing(Instant.parse("2027-01-15T10:00:00Z"))).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.containing(Instant.parse("2026-04-01T00:00:00Z"))).isEqualTo(new FinancialYear(2026));
    }

    @Test
    void numbersCarryTheSeriesAndTheYearAndFitSixteenCharacters() {
        InvoiceSeries series = new InvoiceSeries("BK");
        assertThat(series.number(new FinancialYear(2026), 1)).isEqualTo("BK/2627/000001");
        assertThat(series.number(new FinancialYear(2099), 42)).isEqualTo("BK/9900/000042");
        String longest = new InvoiceSeries("ABCD").number(new FinancialYear(2026), InvoiceSeries.MAX_SEQUENCE);
        assertThat(longest).isEqualTo("ABCD/2627/999999").hasSize(16).matches("[A-Za-z0-9/-]{1,16}");
    }

    @Test
    void theSameSequenceInTheNextYearIsAnotherNumber() {
        InvoiceSeries series = new InvoiceSeries("BK");
        FinancialYear march = FinancialYear.containing(Instant.parse("2027-03-31T18:29:59Z"));
        FinancialYear april = FinancialYear.containing(Instant.parse("2027-03-31T18:30:00Z"));
        assertThat(series.number(march, 1)).isNotEqualTo(series.number(april, 1));
        assertThat(april.label()).isEqualTo("2027-28");
    }

    @Test
    void aSeriesIsOneToFourLettersOrDigits() {
        assertThatThrownBy(() -> new InvoiceSeries("BOOKS")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new InvoiceSeries("B K")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new InvoiceSeries("")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void anExhaustedSeriesIsRefusedRatherThanWrapped() {
        assertThatThrownBy(() -> new InvoiceSeries("BK").number(new FinancialYear(2026), InvoiceSeries.MAX_SEQUENCE + 1))
                .isInstanceOf(IllegalStateException.class);
    }
}
