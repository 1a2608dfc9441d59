package com.converge.kernel.outbox;

import com.converge.kernel.application.Outbox;
import com.converge.kernel.domain.TimeSource;
import com.converge.kernel.domain.UuidV7;
import com.converge.kernel.events.EventCatalog;
import com.converge.kernel.events.EventType;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.persistence.NativeSql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** Writes outbox rows in the caller's Hibernate Reactive transaction. */
@ApplicationScoped
public class PanacheOutbox implements Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, data_schema, source, occurred_at, payload)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""";
    /** Many rows in one statement, in the order given (so in seq order): a JSON array with one array per row. */
    private static final String INSERT_MANY = """
            INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, data_schema, source, occurred_at, payload)
            SELECT event_id, topic, aggregate_id, event_type, data_schema, source, occurred_at, payload
            FROM JSON_TABLE(?1, '$[*]' COLUMNS (row_order FOR ORDINALITY, event_id CHAR(36) PATH '$[0]',
              topic VARCHAR(100) PATH '$[1]', aggregate_id VARCHAR(64) PATH '$[2]', event_type VARCHAR(150) PATH '$[3]',
              data_schema VARCHAR(200) PATH '$[4]', source VARCHAR(100) PATH '$[5]', occurred_at DATETIME(6) PATH '$[6]',
              payload LONGTEXT PATH '$[7]')) AS e
            ORDER BY row_order""";
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final ObjectMapper json;
    private final TimeSource clock;

    PanacheOutbox(ObjectMapper json, TimeSource clock) {
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Uni<Void> append(List<? extends IntegrationEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (events.size() == 1) {
            IntegrationEvent event = events.get(0);
            EventType<IntegrationEvent> type = EventCatalog.typeOf(event);
            return NativeSql.update(INSERT, Arrays.asList(UuidV7.next().toString(), type.topic().topicName(), event.aggregateId(),
                    type.cloudEventType(), type.dataSchema(), type.topic().source(), NativeSql.utc(clock.now()),
                    toJson(event))).replaceWithVoid();
        }
        // one round trip for a batch (an SLA monitor pass writes hundreds), its text the same for any size
        String occurredAt = NativeSql.utc(clock.now()).format(DATETIME);
        List<List<String>> rows = events.stream().map(event -> {
            EventType<IntegrationEvent> type = EventCatalog.typeOf(event);
            return List.of(UuidV7.next().toString(), type.topic().topicName(), event.aggregateId(), type.cloudEventType(),
                    type.dataSchema(), type.topic().source(), occurredAt, toJson(event));
        }).toList();
        return NativeSql.update(INSERT_MANY, List.of(toJson(rows))).replaceWithVoid();
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
