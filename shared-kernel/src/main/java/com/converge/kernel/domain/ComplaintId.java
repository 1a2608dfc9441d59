package com.converge.kernel.domain;

import java.util.Objects;
import java.util.UUID;

/** A complaint, owned by complaint-service. */
public record ComplaintId(UUID value) {

    public ComplaintId {
        Objects.requireNonNull(value, "complaintId");
    }

    public static ComplaintId next() {
        return new ComplaintId(UuidV7.next());
    }

    public static ComplaintId of(String value) {
        return new ComplaintId(UuidV7.parse("complaintId", value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
