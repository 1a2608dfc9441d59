package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.time.LocalTime;
import java.util.Objects;

/** One working interval of a weekday, local to the calendar's time zone: 09:00-18:00. */
public record BusinessHours(LocalTime start, LocalTime end) {

    public BusinessHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new InvalidValueException("calendar.hours", "an interval must start before it ends: " + start + "-" + end);
        }
    }

    public static BusinessHours of(String start, String end) {
        return new BusinessHours(LocalTime.parse(start), LocalTime.parse(end));
    }
}
