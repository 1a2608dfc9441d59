package com.converge.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.booking.domain.invoice.GstTotals;
import com.converge.booking.domain.invoice.PlaceOfSupply;
import com.converge.booking.domain.invoice.TaxLine;
import com.converge.kernel.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GstTest {

    @Test
    void aServiceInsideTheSuppliersStateIsTaxedCgstNinePlusSgstNine() {
        TaxLine line = TaxLine.on(Money.of("1000.00"), StateCode.KA, StateCode.KA);
        assertThat(line.cgst()).isEqualTo(Money.of("90.00"));
        assertThat(line.sgst()).isEqualTo(Money.of("90.00"));
        assertThat(line.igst()).isEqualTo(Money.ZERO);
        assertThat(line.total()).isEqualTo(Money.of("1180.00"));
        assertThat(line.isInterState()).isFalse();
    }

    @Test
    void aServiceSuppliedInAnotherStateIsTaxedIgstEighteen() {
        TaxLine line = TaxLine.on(Money.of("1000.00"), StateCode.KA, StateCode.MH);
        assertThat(line.igst()).isEqualTo(Money.of("180.00"));
        assertThat(line.cgst()).isEqualTo(Money.ZERO);
        assertThat(line.sgst()).isEqualTo(Money.ZERO);
        assertThat(line.isInterState()).isTrue();
    }

    @ParameterizedTest(name = "{0} taxable: CGST {1} + SGST {1}, or IGST {2}")
    @CsvSource({
            "0.05, 0.00, 0.01",     // 0.0045 -> 0.00 each half, 0.009 -> 0.01 whole: halves may sum a paisa below
            "0.06, 0.01, 0.01",     // 0.0054 -> 0.01 each half, 0.0108 -> 0.01
            "399.00, 35.91, 71.82",
            "449.50, 40.46, 80.91", // 40.455 rounds half up to 40.46; 80.91
            "1.11, 0.10, 0.20",     // 0.0999 -> 0.10; 0.1998 -> 0.20
            "12345.67, 1111.11, 2222.22"})
    void eachTaxIsRoundedToThePaisaHalfUpOnTheLine(String taxable, String half, String whole) {
        assertThat(TaxLine.on(Money.of(taxable), StateCode.KA, StateCode.KA).cgst()).isEqualTo(Money.of(half));
        assertThat(TaxLine.on(Money.of(taxable), StateCode.KA, StateCode.KA).sgst()).isEqualTo(Money.of(half));
        assertThat(TaxLine.on(Money.of(taxable), StateCode.KA, StateCode.TN).igst()).isEqualTo(Money.of(whole));
    }

    @Test
    void theTotalsAreTheSumsOfTheRoundedLinesAndAddUp() {
        List<TaxLine> lines = List.of(
                TaxLine.on(Money.of("449.50"), StateCode.KA, StateCode.KA),
                TaxLine.on(Money.of("449.50"), StateCode.KA, StateCode.KA),
                TaxLine.on(Money.of("0.05"), StateCode.KA, StateCode.MH));
        GstTotals totals = GstTotals.of(lines);
        assertThat(totals.taxable()).isEqualTo(Money.of("899.05"));
        assertThat(totals.cgst()).isEqualTo(Money.of("80.92"));
        assertThat(totals.sgst()).isEqualTo(Money.of("80.92"));
        assertThat(totals.igst()).isEqualTo(Money.of("0.01"));
        assertThat(totals.total()).isEqualTo(totals.taxable().plus(totals.cgst()).plus(totals.sgst()).plus(totals.igst()));
        assertThat(totals.total()).isEqualTo(lines.stream().map(TaxLine::total).reduce(Money.ZERO, Money::plus));
    }

    @Test
    void servicesOnImmovablePropertyAreSuppliedWhereThePropertyIs() {
        assertThat(PlaceOfSupply.of(SupplyKind.IMMOVABLE_PROPERTY, StateCode.GA, StateCode.KA)).isEqualTo(StateCode.GA);
    }

    @Test
    void beautyAndGroomingAreSuppliedWherePerformed() {
        assertThat(PlaceOfSupply.of(SupplyKind.PERFORMED_IN_PERSON, StateCode.DL, StateCode.HR)).isEqualTo(StateCode.DL);
    }

    @Test
    void otherServicesAreSuppliedAtTheCustomersAddress() {
        assertThat(PlaceOfSupply.of(SupplyKind.GENERAL, StateCode.DL, StateCode.HR)).isEqualTo(StateCode.HR);
    }

    @Test
    void aKarnatakaSupplierPlumbingInGoaForABengaluruCustomerChargesIgst() {
        StateCode where = PlaceOfSupply.of(SupplyKind.IMMOVABLE_PROPERTY, StateCode.GA, StateCode.KA);
        assertThat(TaxLine.on(Money.of("500"), StateCode.KA, where).igst()).isEqualTo(Money.of("90.00"));
        StateCode applianceRepair = PlaceOfSupply.of(SupplyKind.GENERAL, StateCode.GA, StateCode.KA);
        assertThat(TaxLine.on(Money.of("500"), StateCode.KA, applianceRepair).cgst()).isEqualTo(Money.of("45.00"));
    }
}
