package com.converge.kernel.inbox;

import com.converge.kernel.events.EventEnvelope;
import com.converge.kernel.events.IntegrationEvent;
import io.smallrye.mutiny.Uni;

/** What a consumer does with one event; it runs inside the inbox's transaction. */
@FunctionalInterface
public interface EventHandler {

    Uni<Void> handle(EventEnvelope<? extends IntegrationEvent> event);
}
