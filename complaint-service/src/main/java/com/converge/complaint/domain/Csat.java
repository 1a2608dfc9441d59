package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/** The customer's satisfaction with how their complaint was handled: 1 (poor) to 5 (excellent). */
public record Csat(int rating, String comment, Instant recordedAt) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    public static final int COMMENT_MAX = 1000;

    public Csat {
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new InvalidValueException("rating", "must be between " + MIN_RATING + " and " + MAX_RATING);
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new InvalidValueException("comment", "is longer than " + COMMENT_MAX + " characters");
        }
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
