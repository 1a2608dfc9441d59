package com.converge.kernel.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.events.EventCatalog;
import com.converge.kernel.events.EventType;
import com.converge.kernel.testing.ConvergeProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/events.md describes every event type, and its example is a valid instance of the published schema. */
class EventsCatalogueDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<EventType<?>> everyEventType() {
        return EventCatalog.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEventType")
    void theCatalogueHasASectionWithAValidExample(EventType<?> type) throws IOException {
        String catalogue = Files.readString(ConvergeProject.root().resolve("docs/events.md"));
        Matcher section = Pattern.compile("### " + type.name() + "\\n(.*?)```json\\n(.*?)\\n```", Pattern.DOTALL).matcher(catalogue);
        assertThat(section.find()).as("a section ### %s with a json example", type.name()).isTrue();
        assertThat(section.group(1)).contains(type.cloudEventType(), type.dataSchema());

        JsonNode example = JSON.readTree(section.group(2));
        try (InputStream schema = getClass().getClassLoader().getResourceAsStream(EventSchemas.resource(type))) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build())
                    .validate(example)).isEmpty();
        }
    }
}
