package com.converge.callqueue.adapter.outbound.persistence;

import com.converge.callqueue.application.port.inbound.QueueEntryView;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.domain.Callback;
import com.converge.callqueue.domain.EntryContext;
import com.converge.callqueue.domain.QueueEntry;
import com.converge.callqueue.domain.QueueName;
import com.converge.callqueue.domain.Score;
import com.converge.kernel.domain.CustomerId;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MariaDbQueueEntries implements QueueEntries {

    private static final String SERVING_ORDER = """
            queue = :queue and active = true
            order by case when callbackDueAt <= :now then 0 else 1 end,
                     case when callbackDueAt <= :now then callbackDueAt end,
                     score, position""";

    private final QueueEntryPanacheRepository panache;

    MariaDbQueueEntries(QueueEntryPanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public Uni<Optional<QueueEntry>> lockActive(CustomerId customerId, QueueName queue) {
        return panache.find("customerId = ?1 and queue = ?2 and active = true", customerId.value(), queue.name())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult()
                .map(entity -> Optional.ofNullable(entity).map(MariaDbQueueEntries::toDomain));
    }

    @Override
    public Uni<Void> add(QueueEntry entry) {
        QueueEntryEntity entity = new QueueEntryEntity();
        entity.id = entry.id().toString();
        copy(entry, entity);
        return panache.persist(entity).replaceWithVoid();
    }

    @Override
    public Uni<Void> update(QueueEntry entry) {
        return panache.findById(entry.id().toString()).invoke(entity -> copy(entry, entity)).replaceWithVoid();
    }

    @Override
    public Uni<List<QueueEntryView>> activeInServingOrder(QueueName queue, Instant now, int limit) {
        return panache.find(SERVING_ORDER, Parameters.with("queue", queue.name()).and("now", now))
                .page(0, limit)
                .list()
                .map(entities -> entities.stream().map(e -> new QueueEntryView(toDomain(e), e.position)).toList());
    }

    private static void copy(QueueEntry entry, QueueEntryEntity entity) {
        entity.customerId = entry.customerId().value();
        entity.queue = entry.queue().name();
        entity.score = entry.score().value();
        entity.attempts = entry.attempts();
        entity.source = entry.context().source();
        entity.complaintId = entry.context().complaintId();
        entity.orderId = entry.context().orderId();
        Callback callback = entry.callback();
        entity.callbackDueAt = callback == null ? null : callback.dueAt();
        entity.callbackReason = callback == null ? null : callback.reason();
        entity.callbackOwner = callback == null ? null : callback.ownerAgent();
        entity.active = entry.active();
        entity.enqueuedAt = entry.enqueuedAt();
        entity.updatedAt = entry.updatedAt();
    }

    private static QueueEntry toDomain(QueueEntryEntity e) {
        Callback callback = e.callbackDueAt == null ? null : new Callback(e.callbackDueAt, e.callbackReason, e.callbackOwner);
        return new QueueEntry(UUID.fromString(e.id), new CustomerId(e.customerId), QueueName.valueOf(e.queue),
                new Score(e.score), e.attempts, new EntryContext(e.source, e.complaintId, e.orderId), callback,
                e.active, e.enqueuedAt, e.updatedAt);
    }
}
