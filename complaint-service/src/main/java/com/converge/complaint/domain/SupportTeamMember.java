package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import java.util.Objects;

/** A support user, as complaints name their assignee, and the team they work in. */
public record SupportTeamMember(String assignee, String team, String updatedBy, Instant updatedAt) {

    public static final int NAME_MAX = 100;

    public SupportTeamMember {
        assignee = name("assignee", assignee);
        team = name("team", team);
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    private static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, "is required");
        }
        String stripped = value.strip();
        if (stripped.length() > NAME_MAX) {
            throw new InvalidValueException(field, "is longer than " + NAME_MAX + " characters");
        }
        return stripped;
    }
}
