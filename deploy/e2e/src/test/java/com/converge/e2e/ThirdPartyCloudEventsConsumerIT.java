package com.converge.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.kernel.events.Topic;
import com.converge.kernel.testing.ConvergeProject;
import com.converge.kernel.testing.KafkaBroker;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a team outside Converge does: subscribe to complaint-events with a plain Kafka consumer and
 * the CloudEvents SDK, fetch the schema named by {@code dataschema} from the service, and validate
 * the data with an off-the-shelf JSON Schema library. The records come from the packaged
 * complaint-service's outbox relay on the real broker; nothing on the reading side is Converge code.
 */
class ThirdPartyCloudEventsConsumerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServiceProcess complaints;

    @BeforeAll
    static void startComplaintService() {
        KafkaBroker.shared().createTopics(List.of(Topic.COMPLAINT_EVENTS.topicName(), Topic.COMPLAINT_EVENTS.deadLetterTopicName()));
        TestDatabase.recreate("e2e_contracts_complaint");
        complaints = new ServiceProcess("complaint-service", "e2e_contracts_complaint").start();
    }

    @AfterAll
    static void stopComplaintService() throws InterruptedException {
        if (complaints != null) {
            complaints.close();
        }
    }

    @Test
    void aComplaintCreatedRecordIsAValidCloudEventWhoseDataMatchesThePublishedSchema() throws Exception {
        String complaintId = given().baseUri(complaints.baseUrl())
                .auth().oauth2(Tokens.customer(4201))
                .contentType(ContentType.JSON)
                .body("""
                        {"type":"billing","priority":"medium","subject":"Charged twice","description":"Two UPI debits for one booking"}
                        """)
                .when().post("/api/v1/complaints")
                .then().statusCode(201)
                .extract().path("id");

        ConsumerRecord<String, CloudEvent> record = awaitRecordAbout(complaintId);

        assertThat(record.key()).as("key = aggregate id").isEqualTo(complaintId);
        assertThat(record.headers().lastHeader("ce_id")).as("binary mode: attributes are ce_* headers").isNotNull();
        CloudEvent event = record.value();
        assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
        assertThat(event.getId()).isNotBlank();
        assertThat(event.getType()).isEqualTo("converge.complaint.ComplaintCreated");
        assertThat(event.getSource()).isEqualTo(URI.create("/converge/complaint-service"));
        assertThat(event.getSubject()).isEqualTo(complaintId);
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getDataSchema()).isEqualTo(URI.create("urn:converge:schema:complaint-events:ComplaintCreated:1"));
        assertThat(event.getTime()).isNotNull();

        JsonNode data = JSON.readTree(event.getData().toBytes());
        JsonNode schema = schemaNamedBy(event.getDataSchema());
        assertThat(schema.get("$id").asText()).isEqualTo(event.getDataSchema().toString());
        var validator = JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(schema, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        assertThat(validator.validate(data)).isEmpty();
        assertThat(data.get("complaintId").asText()).isEqualTo(complaintId);
        assertThat(data.get("customerId").asLong()).isEqualTo(4201);
        assertThat(data.get("type").asText()).isEqualTo("billing");
        assertThat(data.get("priority").asText()).isEqualTo("medium");
        assertThat(data.get("bookingId").isNull()).isTrue();
    }

    @Test
    void theServiceServesItsAsyncApiDocumentWithoutAToken() throws Exception {
        String served = given().baseUri(complaints.baseUrl())
                .get("/contracts/asyncapi.yaml")
                .then().statusCode(200).extract().asString();

        assertThat(served).isEqualTo(Files.readString(ConvergeProject.root().resolve("docs/asyncapi/complaint-service.yaml")));
    }

    /** The documented mapping: urn:converge:schema:<topic>:<Name>:<v> is served at /contracts/schemas/<topic>/<Name>.v<v>.json. */
    private static JsonNode schemaNamedBy(URI dataSchema) throws Exception {
        String[] parts = dataSchema.toString().split(":");
        String path = "/contracts/schemas/" + parts[3] + "/" + parts[4] + ".v" + parts[5] + ".json";
        String body = given().baseUri(complaints.baseUrl()).get(path).then().statusCode(200).extract().asString();
        return JSON.readTree(body);
    }

    private static ConsumerRecord<String, CloudEvent> awaitRecordAbout(String complaintId) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.shared().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "third-party-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class.getName());
        try (KafkaConsumer<String, CloudEvent> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of("complaint-events"));
            List<ConsumerRecord<String, CloudEvent>> seen = new ArrayList<>();
            return await().atMost(Duration.ofSeconds(60)).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                return seen.stream().filter(r -> complaintId.equals(r.value().getSubject())).findFirst().orElse(null);
            }, found -> found != null);
        }
    }
}
