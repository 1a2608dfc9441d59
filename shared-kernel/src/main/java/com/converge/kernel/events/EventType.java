package com.converge.kernel.events;

import java.util.Objects;

/**
 * One published event type: its name, the version of its data's schema, the topic it goes to and
 * the record that carries its data. The CloudEvents {@code type} carries the name and
 * {@code dataschema} the schema id with its version.
 */
public record EventType<T extends IntegrationEvent>(String name, int version, Topic topic, Class<T> dataClass) {

    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(dataClass, "dataClass");
        if (version < 1) {
            throw new IllegalArgumentException("event versions start at 1");
        }
    }

    /** For example {@code converge.complaint.ComplaintCreated}. */
    public String cloudEventType() {
        return "converge." + topic.context() + "." + name;
    }

    /** For example {@code urn:converge:schema:complaint-events:ComplaintCreated:1}. */
    public String dataSchema() {
        return "urn:converge:schema:" + topic.topicName() + ":" + name + ":" + version;
    }
}
