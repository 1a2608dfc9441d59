package com.converge.kernel.inbox;

import com.converge.kernel.domain.DomainException;
import com.converge.kernel.domain.TimeSource;
import com.converge.kernel.events.EventCatalog;
import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.EventType;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.application.UnitOfWork;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Runs a consumer's handler at most once per event: the event's {@code ce_id} is recorded in
 * {@code inbox_event} in the same transaction as the handler's effect, so a redelivery (a rebalance,
 * a crash before the offset commit, a duplicate from the producer) is acknowledged and skipped.
 *
 * <p>A record that is not a CloudEvent, or whose data does not fit its type, is nacked and so goes
 * to the channel's dead-letter topic with the reason; a handler's business refusal does the same. A
 * failure of the infrastructure (the database) is retried with backoff first. Types this consumer
 * does not know are acknowledged and ignored, so producers can add event types freely.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final String RECORD = """
            INSERT IGNORE INTO inbox_event (consumer, event_id, event_type, received_at) VALUES (?1, ?2, ?3, ?4)""";

    private final UnitOfWork unitOfWork;
    private final ObjectMapper json;
    private final TimeSource clock;
    private final MeterRegistry metrics;

    Inbox(UnitOfWork unitOfWork, ObjectMapper json, TimeSource clock, MeterRegistry metrics) {
        this.unitOfWork = unitOfWork;
        this.json = json;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Handles one Kafka message for {@code consumer} and acks or nacks it.
     *
     * @param consumer the name the effect is deduplicated under, stable across releases
     */
    public Uni<Void> receive(String consumer, Message<String> message, EventHandler handler) {
        return Uni.createFrom().item(() -> parse(message))
                .chain(event -> event.map(e -> handleOnce(consumer, e, handler)).orElse(Uni.createFrom().voidItem()))
                .onFailure(Inbox::isTransient).retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(2)).atMost(5)
                .onItemOrFailure().transformToUni((ignored, failure) -> {
                    if (failure == null) {
                        return Uni.createFrom().completionStage(message.ack());
                    }
                    LOG.warnf("%s sends a message to the dead-letter topic: %s", consumer, failure.getMessage());
                    metrics.counter("converge.inbox.dead.lettered", "consumer", consumer).increment();
                    return Uni.createFrom().completionStage(message.nack(failure));
                });
    }

    private Uni<Void> handleOnce(String consumer, EventEnvelope<?> event, EventHandler handler) {
        return unitOfWork.transactionally(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(RECORD)
                        .setParameter(1, consumer)
                        .setParameter(2, event.id())
                        .setParameter(3, event.type())
                        .setParameter(4, LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC))
                        .executeUpdate())
                .chain(inserted -> {
                    if (inserted == 0) {
                        metrics.counter("converge.inbox.duplicates.skipped", "consumer", consumer).increment();
                        LOG.debugf("%s already handled event %s", consumer, event.id());
                        return Uni.createFrom().voidItem();
                    }
                    return handler.handle(event);
                }));
    }

    private Optional<EventEnvelope<?>> parse(Message<String> message) {
        IncomingCloudEventMetadata<?> ce = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new UnhandleableEventException("not a CloudEvent: the ce_ headers are missing"));
        Optional<EventType<?>> type = EventCatalog.resolve(ce.getType(), ce.getDataSchema().map(String::valueOf).orElse(null));
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String payload = message.getPayload();
        if (payload == null) {
            throw new UnhandleableEventException("event " + ce.getId() + " of type " + ce.getType() + " has no data");
        }
        return Optional.of(envelope(ce, type.get(), payload));
    }

    private <T extends IntegrationEvent> EventEnvelope<T> envelope(IncomingCloudEventMetadata<?> ce, EventType<T> type, String payload) {
        T data;
        try {
            data = json.readValue(payload, type.dataClass());
        } catch (IOException | RuntimeException e) {
            throw new UnhandleableEventException("data of event " + ce.getId() + " does not fit " + type.name() + ": " + e.getMessage(), e);
        }
        return new EventEnvelope<>(ce.getId(), ce.getType(), String.valueOf(ce.getSource()), ce.getSubject().orElse(null),
                ce.getTimeStamp().map(t -> t.toInstant()).orElse(null),
                ce.getDataSchema().map(String::valueOf).orElse(null), data);
    }

    private static boolean isTransient(Throwable failure) {
        return !(failure instanceof UnhandleableEventException) && !(failure instanceof DomainException);
    }
}
