package com.converge.callqueue.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class QueueEntryPanacheRepository implements PanacheRepositoryBase<QueueEntryEntity, String> {
}
