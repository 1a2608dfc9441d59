package com.converge.kernel.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.events.EventCatalog;
import com.converge.kernel.events.EventType;
import com.converge.kernel.events.Topic;
import com.converge.kernel.testing.ConvergeProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The AsyncAPI documents in docs/asyncapi are written by hand, so they are checked against the
 * code: every event type of the service's topic is there with its schema and CloudEvents type, the
 * consumed topics and their dead-letter topics are there, every $ref resolves, and the copy each
 * service serves at /contracts/asyncapi.yaml is the same file.
 */
class AsyncApiDocumentsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROOT = ConvergeProject.root();

    /** Who publishes and consumes what: the table of the README and the context map. */
    static Stream<Arguments> services() {
        return Stream.of(
                Arguments.of("booking-service", Topic.BOOKING_EVENTS, List.of(Topic.COMPLAINT_EVENTS)),
                Arguments.of("complaint-service", Topic.COMPLAINT_EVENTS,
                        List.of(Topic.BOOKING_EVENTS, Topic.ORDER_EVENTS, Topic.CALLQUEUE_EVENTS)),
                Arguments.of("order-service", Topic.ORDER_EVENTS, List.of(Topic.CALLQUEUE_EVENTS, Topic.COMPLAINT_EVENTS)),
                Arguments.of("callqueue-service", Topic.CALLQUEUE_EVENTS,
                        List.of(Topic.BOOKING_EVENTS, Topic.COMPLAINT_EVENTS, Topic.ORDER_EVENTS)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void theDocumentIsAsyncApi3AndDescribesEveryEventOfTheTopicsAsTheCodeHasThem(String service, Topic publishes, List<Topic> consumes)
            throws IOException {
        JsonNode document = YAML.readTree(document(service).toFile());

        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.at("/info/title").asText()).contains(service);
        assertChannelCarriesItsCatalog(document, publishes);
        assertThat(operationsOn(document, publishes.topicName(), "send")).as("%s publishes %s", service, publishes).isNotEmpty();
        for (Topic topic : consumes) {
            assertChannelCarriesItsCatalog(document, topic);
            assertThat(operationsOn(document, topic.topicName(), "receive")).as("%s consumes %s", service, topic).isNotEmpty();
            assertThat(operationsOn(document, topic.deadLetterTopicName(), "send")).as("%s dead-letters %s", service, topic).isNotEmpty();
            JsonNode deadLetter = messagesOf(document, topic.deadLetterTopicName()).get(0);
            JsonNode deadLetterHeaders = resolve(document, deadLetter.at("/headers/allOf/1/$ref").asText()).path("properties");
            assertThat(deadLetterHeaders.has("dead-letter-reason") && deadLetterHeaders.has("dead-letter-cause"))
                    .as("the headers SmallRye adds").isTrue();
        }
        Set<String> documented = new HashSet<>();
        document.path("channels").forEach(channel -> documented.add(channel.path("address").asText()));
        Set<String> expected = new HashSet<>(Set.of(publishes.topicName()));
        consumes.forEach(topic -> expected.addAll(Set.of(topic.topicName(), topic.deadLetterTopicName())));
        assertThat(documented).as("no topic the service does not use").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyReferenceResolves(String service, Topic publishes, List<Topic> consumes) throws IOException {
        JsonNode document = YAML.readTree(document(service).toFile());
        List<String> unresolved = new ArrayList<>();
        references(document).forEach(reference -> {
            if (reference.startsWith("#/")) {
                if (resolve(document, reference).isMissingNode()) {
                    unresolved.add(reference);
                }
            } else if (!Files.isRegularFile(document(service).getParent().resolve(reference))) {
                unresolved.add(reference);
            }
        });
        assertThat(unresolved).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void theServiceServesTheSameDocument(String service, Topic publishes, List<Topic> consumes) throws IOException {
        Path served = ROOT.resolve(service).resolve("src/main/resources/META-INF/resources/contracts/asyncapi.yaml");
        assertThat(served).as("copy docs/asyncapi/%s.yaml there", service).hasSameTextualContentAs(document(service));
    }

    private static void assertChannelCarriesItsCatalog(JsonNode document, Topic topic) {
        List<EventType<?>> catalog = EventCatalog.ALL.stream().filter(type -> type.topic() == topic).toList();
        List<JsonNode> messages = messagesOf(document, topic.topicName());
        assertThat(messages.stream().map(message -> message.path("name").asText()))
                .as("messages on %s", topic.topicName())
                .containsExactlyInAnyOrderElementsOf(catalog.stream().map(EventType::name).toList());
        for (EventType<?> type : catalog) {
            JsonNode message = messages.stream().filter(m -> m.path("name").asText().equals(type.name())).findFirst().orElseThrow();
            assertThat(message.at("/payload/$ref").asText()).isEqualTo("schemas/" + EventSchemas.fileName(type));
            JsonNode headers = message.at("/headers/allOf/1/properties");
            assertThat(headers.at("/ce_type/const").asText()).isEqualTo(type.cloudEventType());
            assertThat(headers.at("/ce_source/const").asText()).isEqualTo(type.topic().source());
            assertThat(headers.at("/ce_dataschema/const").asText()).isEqualTo(type.dataSchema());
            assertThat(message.at("/bindings/kafka/key/type").asText()).isEqualTo("string");
        }
    }

    private static List<JsonNode> messagesOf(JsonNode document, String address) {
        List<JsonNode> messages = new ArrayList<>();
        document.path("channels").forEach(channel -> {
            if (channel.path("address").asText().equals(address)) {
                channel.path("messages").forEach(message -> messages.add(resolve(document, message.path("$ref").asText())));
            }
        });
        assertThat(messages).as("channel %s", address).isNotEmpty();
        return messages;
    }

    private static List<JsonNode> operationsOn(JsonNode document, String address, String action) {
        List<JsonNode> operations = new ArrayList<>();
        document.path("operations").forEach(operation -> {
            JsonNode channel = resolve(document, operation.at("/channel/$ref").asText());
            if (operation.path("action").asText().equals(action) && channel.path("address").asText().equals(address)) {
                operations.add(operation);
            }
        });
        return operations;
    }

    private static JsonNode resolve(JsonNode document, String reference) {
        return document.at(reference.substring(1).replace("~1", "/"));
    }

    private static Set<String> references(JsonNode node) {
        Set<String> references = new HashSet<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asText());
                } else {
                    references.addAll(references(field.getValue()));
                }
            }
        } else if (node.isArray()) {
            node.forEach(item -> references.addAll(references(item)));
        }
        return references;
    }

    private static Path document(String service) {
        return ROOT.resolve("docs/asyncapi").resolve(service + ".yaml");
    }
}
