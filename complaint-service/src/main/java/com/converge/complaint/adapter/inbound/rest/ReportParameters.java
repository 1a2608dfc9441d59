package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.Priority;
import com.converge.complaint.domain.ReportPeriod;
import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Query parameters the reports share, each bad one a 400 naming it. */
final class ReportParameters {

    private ReportParameters() {
    }

    static ReportPeriod period(String from, String to) {
        return new ReportPeriod(instant("from", from), instant("to", to));
    }

    static Priority priority(String value) {
        return blank(value) ? null : Priority.fromWire("priority", value.strip());
    }

    static ComplaintType type(String value) {
        return blank(value) ? null : ComplaintType.fromWire("type", value.strip());
    }

    static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    static boolean newestFirst(String field, String sort) {
        if (blank(sort) || sort.equals(field)) {
            return false;
        }
        if (sort.equals("-" + field)) {
            return true;
        }
        throw new InvalidValueException("sort", "must be " + field + " or -" + field);
    }

    private static Instant instant(String field, String value) {
        if (blank(value)) {
            throw new InvalidValueException(field, "is required (an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z)");
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be an ISO-8601 instant, e.g. 2026-11-01T00:00:00Z: " + value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
