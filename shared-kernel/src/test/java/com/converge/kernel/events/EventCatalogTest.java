package com.converge.kernel.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    @Test
    void everyEventTypeHasOneNameOneClassAndAVersionedSchema() {
        Set<String> types = new HashSet<>();
        Set<Class<?>> classes = new HashSet<>();
        for (EventType<?> type : EventCatalog.ALL) {
            assertThat(types.add(type.cloudEventType())).as("unique type %s", type.name()).isTrue();
            assertThat(classes.add(type.dataClass())).as("unique class %s", type.dataClass()).isTrue();
            assertThat(type.dataClass().isRecord()).isTrue();
            assertThat(type.dataSchema()).endsWith(":" + type.name() + ":" + type.version());
            assertThat(EventCatalog.resolve(type.cloudEventType(), type.dataSchema())).contains(type);
        }
    }

    @Test
    void aRecordIsReadAsTheVersionItsDataSchemaNamesOrElseTheNewest() {
        EventType<ComplaintCreated> created = EventCatalog.COMPLAINT_CREATED;
        assertThat(EventCatalog.resolve(created.cloudEventType(), null)).contains(created);
        assertThat(EventCatalog.resolve(created.cloudEventType(), "urn:converge:schema:complaint-events:ComplaintCreated:99")).contains(created);
        assertThat(EventCatalog.resolve("converge.complaint.Unknown", null)).isEmpty();
    }

    @Test
    void complaintEventsGoToTheComplaintTopicFromComplaintService() {
        EventType<ComplaintCreated> created = EventCatalog.COMPLAINT_CREATED;
        assertThat(created.cloudEventType()).isEqualTo("converge.complaint.ComplaintCreated");
        assertThat(created.topic().topicName()).isEqualTo("complaint-events");
        assertThat(created.topic().deadLetterTopicName()).isEqualTo("complaint-events-dlq");
        assertThat(created.topic().source()).isEqualTo("/converge/complaint-service");
    }
}
