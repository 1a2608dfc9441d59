package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of a complaint's thread: a customer's or support's comment, or an internal note that
 * no customer ever sees.
 */
public record ComplaintUpdate(UUID id, String author, AuthorRole authorRole, Visibility visibility, String body,
                              List<Attachment> attachments, Instant createdAt) {

    public static final int BODY_MAX = 5000;

    public enum AuthorRole { CUSTOMER, SUPPORT }

    public enum Visibility { PUBLIC, INTERNAL }

    public ComplaintUpdate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorRole, "authorRole");
        Objects.requireNonNull(visibility, "visibility");
        if (body == null || body.isBlank()) {
            throw new InvalidValueException("body", "is required");
        }
        body = body.strip();
        if (body.length() > BODY_MAX) {
            throw new InvalidValueException("body", "is longer than " + BODY_MAX + " characters");
        }
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if (authorRole == AuthorRole.CUSTOMER && visibility == Visibility.INTERNAL) {
            throw new InvalidValueException("internal", "customers write public comments only");
        }
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isInternal() {
        return visibility == Visibility.INTERNAL;
    }
}
