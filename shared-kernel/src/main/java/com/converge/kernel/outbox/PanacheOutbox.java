package com.converge.kernel.outbox;

import com.converge.kernel.application.Outbox;
import com.converge.kernel.domain.TimeSource;
import com.converge.kernel.domain.UuidV7;
import com.converge.kernel.events.EventCatalog;
import com.converge.kernel.events.EventType;
import com.converge.kernel.events.IntegrationEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Writes outbox rows in the caller's Hibernate Reactive transaction. */
@ApplicationScoped
public class PanacheOutbox implements Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (event_id, topic, aggregate_id, event_type, data_schema, source, occurred_at, payload)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""";

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
        return Panache.getSession().chain(session -> {
            // One statement at a time: a reactive session does not run statements concurrently.
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (IntegrationEvent event : events) {
                chain = chain.chain(() -> insert(session, event));
            }
            return chain;
        });
    }

    private Uni<Void> insert(Mutiny.Session session, IntegrationEvent event) {
        EventType<IntegrationEvent> type = EventCatalog.typeOf(event);
        return session.createNativeQuery(INSERT)
                .setParameter(1, UuidV7.next().toString())
                .setParameter(2, type.topic().topicName())
                .setParameter(3, event.aggregateId())
                .setParameter(4, type.cloudEventType())
                .setParameter(5, type.dataSchema())
                .setParameter(6, type.topic().source())
                .setParameter(7, LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC))
                .setParameter(8, toJson(event))
                .executeUpdate()
                .replaceWithVoid();
    }

    private String toJson(IntegrationEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }
}
