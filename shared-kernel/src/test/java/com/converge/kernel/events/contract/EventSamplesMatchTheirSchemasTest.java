package com.converge.kernel.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.events.ComplaintCreated;
import com.converge.kernel.events.EventCatalog;
import com.converge.kernel.events.EventType;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.events.OrderPlaced;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sample of every event type in the catalog, serialised as the outbox serialises it (the
 * services' Jackson configuration: java.time as ISO-8601 strings, BigDecimal as numbers), is valid
 * against the schema the services publish for it, and reads back into the same record.
 */
class EventSamplesMatchTheirSchemasTest {

    /** Quarkus's default ObjectMapper, which the outbox uses: the modules and features it enables. */
    static final ObjectMapper SERVICES_JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new Jdk8Module())
            .registerModule(new ParameterNamesModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Draft 2020-12 treats "format" as an annotation only; consumers are told to rely on it, so assert it.
    private static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    static Stream<EventType<?>> everyEventType() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEventType")
    void aSampleWithEveryFieldFilledIsValidAndReadsBack(EventType<?> type) throws IOException {
        IntegrationEvent sample = EventSamples.of(type.dataClass());
        assertThat(sample).as("a sample of %s in EventSamples", type.name()).isNotNull();

        String payload = SERVICES_JSON.writeValueAsString(sample);

        assertThat(violations(type, SERVICES_JSON.readTree(payload))).isEmpty();
        assertThat(SERVICES_JSON.readValue(payload, type.dataClass())).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEventType")
    void aSampleWithNullsWherePermittedIsValid(EventType<?> type) throws IOException {
        IntegrationEvent sparse = EventSamples.withNullsWherePermitted(EventSamples.of(type.dataClass()));

        JsonNode payload = SERVICES_JSON.readTree(SERVICES_JSON.writeValueAsString(sparse));

        assertThat(violations(type, payload)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEventType")
    void aPayloadMissingARequiredFieldIsRejected(EventType<?> type) throws IOException {
        String required = schemaOf(type).get("required").get(0).asText();
        ObjectNode payload = SERVICES_JSON.valueToTree(EventSamples.of(type.dataClass()));
        payload.remove(required);

        assertThat(violations(type, payload)).as("without %s", required).isNotEmpty();
    }

    @Test
    void timesWrittenAsEpochNumbersOrNonIsoStringsAreRejected() throws IOException {
        ObjectNode payload = SERVICES_JSON.valueToTree(EventSamples.of(ComplaintCreated.class));
        payload.put("createdAt", 1763616600.123);
        assertThat(violations(EventCatalog.COMPLAINT_CREATED, payload)).isNotEmpty();

        payload.put("createdAt", "20/11/2026 11:00");
        assertThat(violations(EventCatalog.COMPLAINT_CREATED, payload)).isNotEmpty();
    }

    @Test
    void anAmountWrittenAsAStringIsRejected() throws IOException {
        ObjectNode payload = SERVICES_JSON.valueToTree(EventSamples.of(OrderPlaced.class));
        payload.put("totalAmount", "2499.00");
        assertThat(violations(EventCatalog.ORDER_PLACED, payload)).isNotEmpty();
    }

    private static Set<ValidationMessage> violations(EventType<?> type, JsonNode payload) throws IOException {
        JsonSchema schema = SCHEMAS.getSchema(schemaOf(type), ASSERT_FORMATS);
        return schema.validate(payload);
    }

    private static JsonNode schemaOf(EventType<?> type) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(EventSchemas.resource(type))) {
            assertThat(in).as("published schema %s", EventSchemas.resource(type)).isNotNull();
            return SERVICES_JSON.readTree(in);
        }
    }
}
