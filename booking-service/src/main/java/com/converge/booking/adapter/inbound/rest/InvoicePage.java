package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.invoice.TaxInvoice;
import com.converge.booking.domain.invoice.TaxLine;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A tax invoice as a printable HTML page; every text that came from outside is escaped. */
final class InvoicePage {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH)
            .withZone(ServiceSlot.INDIA);

    /** The look both printable pages share. */
    static final String STYLE = "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;width:100%}\n"
            + "td,th{border:1px solid #999;padding:4px}.n{text-align:right}@media print{body{margin:0}}</style>";

    /** A page as the OpenAPI document shows it (without the style). */
    static final String EXAMPLE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Tax invoice BK/2627/000042</title>
            </head>
            <body>
            <h1>Tax invoice</h1>
            <p>Invoice number <strong>BK/2627/000042</strong>, dated 02 Dec 2026 (financial year 2026-27)<br>
            Supplier: Converge Home Services, registered in Karnataka (state code 29)<br>
            Booking 01a220e3-e928-71c1-b714-9d439536b321, customer 42</p>
            <table><thead><tr><th>#</th><th>Service</th><th>Qty</th><th>Rate</th><th>Taxable</th>
            <th>CGST 9%</th><th>SGST 9%</th><th>IGST 18%</th><th>Total</th><th>Place of supply</th></tr></thead>
            <tbody>
            <tr><td>1</td><td>Geyser Repair - Standard</td><td class=n>1</td><td class=n>599.00</td><td class=n>599.00</td>\
            <td class=n>53.91</td><td class=n>53.91</td><td class=n>0.00</td><td class=n>706.82</td><td>Karnataka</td></tr>
            <tr><td>2</td><td>Reschedule fee (move 1 to 2026-12-02 12:00)</td><td class=n>1</td><td class=n>50.00</td>\
            <td class=n>50.00</td><td class=n>4.50</td><td class=n>4.50</td><td class=n>0.00</td><td class=n>59.00</td><td>Karnataka</td></tr>
            </tbody>
            <tfoot><tr><th colspan=5>Totals (INR)</th><th class=n>649.00</th><th class=n>58.41</th><th class=n>58.41</th>
            <th class=n>0.00</th><th class=n>765.82</th><th></th></tr></tfoot></table>
            </body></html>
            """;

    private InvoicePage() {
    }

    static String render(TaxInvoice invoice) {
        StringBuilder rows = new StringBuilder();
        for (TaxInvoice.Line line : invoice.lines()) {
            rows.append("<tr><td>").append(line.lineNo()).append("</td><td>").append(escape(line.description()))
                    .append("</td><td class=n>").append(line.quantity())
                    .append("</td><td class=n>").append(line.unitPrice().amount().toPlainString())
                    .append("</td>").append(taxCells(line.tax())).append("</tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Tax invoice %1$s</title>
                %14$s</head>
                <body>
                <h1>Tax invoice</h1>
                <p>Invoice number <strong>%1$s</strong>, dated %2$s (financial year %3$s)<br>
                Supplier: Converge Home Services, registered in %4$s (state code %5$02d)<br>
                Booking %6$s, customer %7$d</p>
                <table><thead><tr><th>#</th><th>Service</th><th>Qty</th><th>Rate</th><th>Taxable</th>
                <th>CGST 9%%</th><th>SGST 9%%</th><th>IGST 18%%</th><th>Total</th><th>Place of supply</th></tr></thead>
                <tbody>
                %8$s</tbody>
                <tfoot><tr><th colspan=5>Totals (INR)</th><th class=n>%9$s</th><th class=n>%10$s</th><th class=n>%11$s</th>
                <th class=n>%12$s</th><th class=n>%13$s</th><th></th></tr></tfoot></table>
                </body></html>
                """.formatted(escape(invoice.number()), DATE.format(invoice.issuedAt()), invoice.financialYear().label(),
                invoice.supplierState().stateName(), invoice.supplierState().gstCode(), invoice.bookingId(),
                invoice.customerId().value(), rows, invoice.totals().taxable().amount().toPlainString(),
                invoice.totals().cgst().amount().toPlainString(), invoice.totals().sgst().amount().toPlainString(),
                invoice.totals().igst().amount().toPlainString(), invoice.totals().total().amount().toPlainString(), STYLE);
    }

    /** A line's taxable value, CGST, SGST, IGST, total and place of supply as table cells. */
    static String taxCells(TaxLine tax) {
        return "<td class=n>" + tax.taxable().amount().toPlainString() + "</td><td class=n>" + tax.cgst().amount().toPlainString()
                + "</td><td class=n>" + tax.sgst().amount().toPlainString() + "</td><td class=n>" + tax.igst().amount().toPlainString()
                + "</td><td class=n>" + tax.total().amount().toPlainString() + "</td><td>" + tax.placeOfSupply().stateName() + "</td>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
