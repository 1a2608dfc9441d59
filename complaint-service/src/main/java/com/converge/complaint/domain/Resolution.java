package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Objects;

/** How support resolved a complaint, in words the customer sees, and any compensation. */
public record Resolution(String summary, Compensation compensation) {

    public static final int SUMMARY_MAX = 2000;

    public Resolution {
        if (summary == null || summary.isBlank()) {
            throw new InvalidValueException("summary", "is required");
        }
        summary = summary.strip();
        if (summary.length() > SUMMARY_MAX) {
            throw new InvalidValueException("summary", "is longer than " + SUMMARY_MAX + " characters");
        }
        Objects.requireNonNull(compensation, "compensation");
    }
}
