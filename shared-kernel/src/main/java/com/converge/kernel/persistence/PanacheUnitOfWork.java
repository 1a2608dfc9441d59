package com.converge.kernel.persistence;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.outbox.OutboxRelay;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** A Hibernate Reactive transaction; once it commits, the outbox relay is woken to publish at once. */
@ApplicationScoped
public class PanacheUnitOfWork implements UnitOfWork {

    private final OutboxRelay relay;

    PanacheUnitOfWork(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public <T> Uni<T> transactionally(Supplier<Uni<T>> work) {
        return Panache.withTransaction(work).invoke(relay::nudge);
    }

    @Override
    public <T> Uni<T> reading(Supplier<Uni<T>> work) {
        return Panache.withSession(work);
    }
}
