package com.converge.booking.domain.invoice;

import com.converge.kernel.domain.InvalidValueException;
import java.util.regex.Pattern;

/**
 * A numbering series ("BK" for tax invoices, "CN" for credit notes). Each series counts from 1 in
 * every financial year, and its numbers look like {@code BK/2627/000042}: at most 16 characters of
 * letters, digits, '-' and '/', as GST rule 46 requires, given a series of up to four characters.
 */
public record InvoiceSeries(String prefix) {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9]{1,4}");
    public static final long MAX_SEQUENCE = 999_999;

    public InvoiceSeries {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new InvalidValueException("series", "must be 1-4 letters or digits: " + prefix);
        }
    }

    public String number(FinancialYear year, long sequence) {
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalStateException("series " + prefix + " is exhausted for " + year.label());
        }
        String number = prefix + "/" + year.shortLabel() + "/" + String.format("%06d", sequence);
        if (number.length() > 16 || !number.matches("[A-Za-z0-9/-]+")) {
            throw new IllegalStateException("invalid invoice number " + number);
        }
        return number;
    }
}
