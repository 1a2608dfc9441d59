package com.converge.kernel.metrics;

import com.converge.kernel.application.Outbox;
import com.converge.kernel.events.EventCatalog;
import com.converge.kernel.events.EventType;
import com.converge.kernel.events.IntegrationEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Counts the events every service writes, by CloudEvents type and topic, as
 * {@code converge_events_written_total}: the platform's view of the business (bookings created,
 * SLA breaches, orders placed ...) without each service adding its own counter.
 *
 * <p>Counted when the event is written in the use case's transaction. A transaction that rolls back
 * afterwards (rare: a lost race that the use case retries) counts an event that was never
 * committed, so treat the rates as close, not exact; the outbox table is the exact record.
 */
@Decorator
@Priority(10)
public abstract class CountedOutbox implements Outbox {

    @Inject
    @Any
    @Delegate
    Outbox delegate;

    @Inject
    MeterRegistry metrics;

    @Override
    public Uni<Void> append(List<? extends IntegrationEvent> events) {
        return delegate.append(events).invoke(() -> events.forEach(this::count));
    }

    private void count(IntegrationEvent event) {
        EventType<IntegrationEvent> type = EventCatalog.typeOf(event);
        metrics.counter("converge.events.written", "type", type.cloudEventType(), "topic", type.topic().topicName())
                .increment();
    }
}
