package com.converge.kernel.application;

import com.converge.kernel.events.IntegrationEvent;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Where a use case puts the events its state change caused. Must be called inside
 * {@link UnitOfWork#transactionally}: the events are published only if the transaction commits.
 */
public interface Outbox {

    Uni<Void> append(List<? extends IntegrationEvent> events);

    default Uni<Void> append(IntegrationEvent event) {
        return append(List.of(event));
    }
}
