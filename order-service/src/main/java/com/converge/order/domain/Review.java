package com.converge.order.domain;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A buyer's rating (1 to 5) and words about a product they received. */
public record Review(UUID productId, CustomerId customerId, int rating, String text, Instant createdAt) {

    public static final int TEXT_MAX = 2000;

    public Review {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(customerId, "customerId");
        if (rating < 1 || rating > 5) {
            throw new InvalidValueException("rating", "is 1 to 5");
        }
        text = text == null ? "" : text.strip();
        if (text.length() > TEXT_MAX) {
            throw new InvalidValueException("text", "is at most " + TEXT_MAX + " characters");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
