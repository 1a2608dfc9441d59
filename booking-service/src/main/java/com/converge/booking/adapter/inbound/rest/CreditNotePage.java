package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.invoice.CreditNote;

/** A credit note as a printable HTML page, laid out like the tax invoice it references. */
final class CreditNotePage {

    /** A page as the OpenAPI document shows it (without the style). */
    static final String EXAMPLE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Credit note CN/2627/000007</title>
            </head>
            <body>
            <h1>Credit note</h1>
            <p>Credit note number <strong>CN/2627/000007</strong>, dated 03 Dec 2026 (financial year 2026-27)<br>
            Against tax invoice <strong>BK/2627/000042</strong><br>
            Supplier: Converge Home Services, registered in Karnataka (state code 29)<br>
            Booking 01a220e3-e928-71c1-b714-9d439536b321, customer 42</p>
            <table><thead><tr><th>#</th><th>Service</th><th>Taxable</th>
            <th>CGST 9%</th><th>SGST 9%</th><th>IGST 18%</th><th>Total</th><th>Place of supply</th></tr></thead>
            <tbody>
            <tr><td>1</td><td>Geyser Repair - Standard</td><td class=n>117.32</td><td class=n>10.56</td><td class=n>10.56</td>\
            <td class=n>0.00</td><td class=n>138.44</td><td>Karnataka</td></tr>
            <tr><td>2</td><td>Reschedule fee (move 1 to 2026-12-02 12:00)</td><td class=n>9.80</td><td class=n>0.88</td>\
            <td class=n>0.88</td><td class=n>0.00</td><td class=n>11.56</td><td>Karnataka</td></tr>
            </tbody>
            <tfoot><tr><th colspan=2>Totals reversed (INR)</th><th class=n>127.12</th><th class=n>11.44</th><th class=n>11.44</th>
            <th class=n>0.00</th><th class=n>150.00</th><th></th></tr></tfoot></table>
            </body></html>
            """;

    private CreditNotePage() {
    }

    static String render(CreditNote note) {
        StringBuilder rows = new StringBuilder();
        for (CreditNote.Line line : note.lines()) {
            rows.append("<tr><td>").append(line.lineNo()).append("</td><td>").append(InvoicePage.escape(line.description()))
                    .append("</td>").append(InvoicePage.taxCells(line.reversed())).append("</tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Credit note %1$s</title>
                %15$s</head>
                <body>
                <h1>Credit note</h1>
                <p>Credit note number <strong>%1$s</strong>, dated %2$s (financial year %3$s)<br>
                Against tax invoice <strong>%4$s</strong><br>
                Supplier: Converge Home Services, registered in %5$s (state code %6$02d)<br>
                Booking %7$s, customer %8$d</p>
                <table><thead><tr><th>#</th><th>Service</th><th>Taxable</th>
                <th>CGST 9%%</th><th>SGST 9%%</th><th>IGST 18%%</th><th>Total</th><th>Place of supply</th></tr></thead>
                <tbody>
                %9$s</tbody>
                <tfoot><tr><th colspan=2>Totals reversed (INR)</th><th class=n>%10$s</th><th class=n>%11$s</th><th class=n>%12$s</th>
                <th class=n>%13$s</th><th class=n>%14$s</th><th></th></tr></tfoot></table>
                </body></html>
                """.formatted(InvoicePage.escape(note.number()), InvoicePage.DATE.format(note.issuedAt()),
                note.financialYear().label(), InvoicePage.escape(note.invoiceNumber()), note.supplierState().stateName(),
                note.supplierState().gstCode(), note.bookingId(), note.customerId().value(), rows,
                note.totals().taxable().amount().toPlainString(), note.totals().cgst().amount().toPlainString(),
                note.totals().sgst().amount().toPlainString(), note.totals().igst().amount().toPlainString(),
                note.totals().total().amount().toPlainString(), InvoicePage.STYLE);
    }
}
