package com.converge.kernel.events;

import java.time.Instant;
import java.util.Objects;

/**
 * An event with its CloudEvents 1.0 attributes, as it travels: {@code id} is what consumers dedupe
 * on, {@code subject} the aggregate id (also the Kafka key), {@code dataSchema} the versioned schema
 * of {@code data}.
 */
public record EventEnvelope<T extends IntegrationEvent>(
        String id, String type, String source, String subject, Instant time, String dataSchema, T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(data, "data");
    }
}
