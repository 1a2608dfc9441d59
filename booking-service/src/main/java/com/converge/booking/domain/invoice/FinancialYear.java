package com.converge.booking.domain.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** India's financial year, April to March; the one a moment falls in is decided in India time. */
public record FinancialYear(int startYear) {

    public static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    public FinancialYear {
        if (startYear < 2000 || startYear > 9998) {
            throw new IllegalArgumentException("financial year starting " + startYear);
        }
    }

    public static FinancialYear containing(Instant moment) {
        LocalDate day = moment.atZone(INDIA).toLocalDate();
        return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    /** "2627" for April 2026 to March 2027: short enough for a 16-character invoice number. */
    public String shortLabel() {
        return String.format("%02d%02d", startYear % 100, (startYear + 1) % 100);
    }

    /** "2026-27". */
    public String label() {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
