package com.converge.kernel.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents (binary mode, key = aggregate id), in
 * {@code seq} order, and marks them published.
 *
 * <p>One relay at a time across replicas: a batch runs in a transaction that holds the
 * {@code outbox_relay_lease} row ({@code FOR UPDATE SKIP LOCKED}), so a second replica skips instead
 * of publishing the same rows or overtaking an aggregate's earlier event. Rows of one aggregate are
 * in {@code seq} order because a use case writes its outbox row after it has locked the aggregate.
 * The producer is idempotent with acks=all; if the transaction fails after Kafka acknowledged, the
 * rows go out again and consumers drop the repeat by {@code ce_id}.
 *
 * <p>It runs right after every commit ({@link #nudge()}) and on a short poll that picks up rows left
 * by a crash or written by another replica. While Kafka is down it backs off exponentially.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String LEASE = "SELECT name FROM outbox_relay_lease WHERE name = 'relay' FOR UPDATE SKIP LOCKED";
    private static final String PENDING = """
            SELECT seq, event_id, topic, aggregate_id, event_type, data_schema, source, occurred_at, payload
            FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT ?""";

    private final Pool pool;
    private final MutinyEmitter<String> kafka;
    private final Vertx vertx;
    private final OutboxConfig config;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile Context context;
    private volatile boolean stopped;
    private volatile Instant retryNotBefore = Instant.MIN;
    private volatile int consecutiveFailures;

    OutboxRelay(Pool pool, @Channel("converge-outbox") MutinyEmitter<String> kafka, Vertx vertx, OutboxConfig config) {
        this.pool = pool;
        this.kafka = kafka;
        this.vertx = vertx;
        this.config = config;
    }

    /** Asks for a publish pass soon; passes never overlap, and a nudge during one causes another. */
    public void nudge() {
        if (stopped || Instant.now().isBefore(retryNotBefore)) {
            return;
        }
        wanted.set(true);
        if (draining.compareAndSet(false, true)) {
            relayContext().runOnContext(ignored -> drain());
        }
    }

    @Scheduled(every = "${converge.outbox.poll-interval:1s}", delayed = "${converge.scheduler.start-delay:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        nudge();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> removePublishedRows() {
        LocalDateTime cutoff = LocalDateTime.ofInstant(Instant.now().minus(config.retention()), ZoneOffset.UTC);
        return pool.preparedQuery("DELETE FROM outbox_event WHERE published_at < ? LIMIT 10000")
                .execute(Tuple.of(cutoff))
                .replaceWithVoid();
    }

    /** Counts rows not yet published and the age of the oldest, for metrics and health. */
    public Uni<OutboxBacklog> backlog() {
        return pool.query("SELECT COUNT(*), MIN(occurred_at) FROM outbox_event WHERE published_at IS NULL")
                .execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    LocalDateTime oldest = row.getLocalDateTime(1);
                    return new OutboxBacklog(row.getLong(0), oldest == null ? null : oldest.toInstant(ZoneOffset.UTC));
                });
    }

    void stop(@Observes ShutdownEvent event) {
        stopped = true;
        long deadline = System.nanoTime() + config.shutdownGrace().toNanos();
        while (draining.get() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    private Context relayContext() {
        Context current = context;
        if (current == null) {
            // A context of the relay's own, so a pass never runs on (or outlives) a request's context.
            current = vertx.getDelegate().getOrCreateContext();
            context = current;
        }
        return current;
    }

    private void drain() {
        wanted.set(false);
        publishBatch().subscribe().with(published -> {
            consecutiveFailures = 0;
            if (!stopped && (published == config.batchSize() || wanted.get())) {
                drain();
            } else {
                finishPass();
            }
        }, failure -> {
            int failures = ++consecutiveFailures;
            Duration backoff = backoffAfter(failures);
            retryNotBefore = Instant.now().plus(backoff);
            LOG.warnf("Outbox relay could not publish (attempt %d, next try in %d ms): %s",
                    failures, backoff.toMillis(), failure.toString());
            draining.set(false);
        });
    }

    private void finishPass() {
        draining.set(false);
        // A nudge that arrived between the last batch and the reset above must not be lost.
        if (wanted.get() && !stopped && draining.compareAndSet(false, true)) {
            drain();
        }
    }

    Duration backoffAfter(int failures) {
        long factor = 1L << Math.min(failures - 1, 20);
        Duration backoff = config.initialBackoff().multipliedBy(factor);
        return backoff.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : backoff;
    }

    private Uni<Integer> publishBatch() {
        return pool.withTransaction(connection -> connection.query(LEASE).execute()
                .chain(lease -> lease.size() == 0
                        ? Uni.createFrom().item(0) // another replica's relay is publishing
                        : connection.preparedQuery(PENDING).execute(Tuple.of(config.batchSize()))
                                .chain(rows -> publishAndMark(connection, rows))));
    }

    private Uni<Integer> publishAndMark(SqlConnection connection, RowSet<Row> rows) {
        if (rows.size() == 0) {
            return Uni.createFrom().item(0);
        }
        List<Uni<Void>> sends = new ArrayList<>(rows.size());
        List<Long> seqs = new ArrayList<>(rows.size());
        for (Row row : rows) {
            seqs.add(row.getLong("seq"));
            sends.add(kafka.sendMessage(toMessage(row)));
        }
        String placeholders = seqs.stream().map(s -> "?").collect(Collectors.joining(","));
        Tuple params = Tuple.tuple();
        params.addLocalDateTime(LocalDateTime.now(ZoneOffset.UTC));
        seqs.forEach(params::addLong);
        return Uni.join().all(sends).andFailFast()
                .chain(() -> connection.preparedQuery(
                                "UPDATE outbox_event SET published_at = ? WHERE seq IN (" + placeholders + ")")
                        .execute(params))
                .map(updated -> seqs.size());
    }

    private static Message<String> toMessage(Row row) {
        String aggregateId = row.getString("aggregate_id");
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(row.getString("event_id"))
                .withType(row.getString("event_type"))
                .withSource(URI.create(row.getString("source")))
                .withSubject(aggregateId)
                .withDataSchema(URI.create(row.getString("data_schema")))
                .withDataContentType("application/json")
                .withTimestamp(row.getLocalDateTime("occurred_at").atZone(ZoneOffset.UTC))
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(aggregateId)
                .build();
        return Message.of(row.getString("payload")).addMetadata(cloudEvent).addMetadata(record);
    }
}
