package com.converge.kernel.events.contract;

import com.converge.kernel.events.EventType;
import com.converge.kernel.testing.ConvergeProject;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import java.nio.file.Path;

/**
 * The JSON Schema (draft 2020-12) of an event type's data, generated from its record: the record
 * is the contract, the schema its published form. Its {@code $id} is the CloudEvents
 * {@code dataschema} the outbox writes, so a consumer finds the schema of any record it reads.
 *
 * <p>The schemas live in shared-kernel's {@code META-INF/resources/contracts/schemas}, so they are in
 * every service's jar and every service serves them at {@code /contracts/schemas/<topic>/<Name>.v<version>.json}.
 */
public final class EventSchemas {

    /** Where the schema files are, relative to the classpath (and, minus META-INF/resources, to a service's root URL). */
    public static final String RESOURCE_DIRECTORY = "META-INF/resources/contracts/schemas";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final SchemaGenerator GENERATOR = new SchemaGenerator(configuration().build());

    private EventSchemas() {
    }

    /** For example {@code complaint-events/ComplaintCreated.v1.json}. */
    public static String fileName(EventType<?> type) {
        return type.topic().topicName() + "/" + type.name() + ".v" + type.version() + ".json";
    }

    public static String resource(EventType<?> type) {
        return RESOURCE_DIRECTORY + "/" + fileName(type);
    }

    /** The committed file in the source tree, which the build copies into the jar. */
    public static Path sourceFile(EventType<?> type) {
        return ConvergeProject.root().resolve("shared-kernel/src/main/resources").resolve(resource(type));
    }

    public static ObjectNode generate(EventType<?> type) {
        ObjectNode generated = GENERATOR.generateSchema(type.dataClass());
        ObjectNode schema = JSON.createObjectNode();
        // The identifying keywords first, so a reader sees what the file is before what it says.
        schema.set("$schema", generated.remove("$schema"));
        schema.put("$id", type.dataSchema());
        schema.put("title", type.name() + " v" + type.version());
        schema.put("description", "The data of a " + type.cloudEventType() + " CloudEvent on the "
                + type.topic().topicName() + " topic, keyed by " + keyDescription(type) + ".");
        schema.setAll(generated);
        return schema;
    }

    public static String render(ObjectNode schema) {
        try {
            return JSON.writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keyDescription(EventType<?> type) {
        // The key is the aggregate id: the record's first component, except where aggregateId() says otherwise.
        return switch (type.name()) {
            case "CustomerRegistered", "CustomerHealthChanged", "CustomerAtRisk", "WalletCredited" -> "customerId";
            case "PaymentReceived", "RefundIssued" -> "bookingId";
            case "ProviderSettled" -> "providerId";
            case "CallCompleted" -> "entryId";
            default -> type.dataClass().getRecordComponents()[0].getName();
        };
    }

    private static SchemaGeneratorConfigBuilder configuration() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES);
        config.forFields()
                .withNullableCheck(field -> EventFieldRules.nullable(field.getDeclaringType().getErasedType(), field.getName()))
                .withRequiredCheck(field -> !EventFieldRules.nullable(field.getDeclaringType().getErasedType(), field.getName()))
                .withEnumResolver(field -> EventFieldRules.wireValues(field.getDeclaringType().getErasedType(), field.getName()));
        return config;
    }
}
