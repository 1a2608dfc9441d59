package com.converge.callqueue.adapter.outbound.persistence;

import com.converge.callqueue.application.port.outbound.DoNotCallList;
import com.converge.callqueue.domain.DoNotCallEntry;
import com.converge.kernel.domain.CustomerId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

@ApplicationScoped
public class MariaDbDoNotCallList implements DoNotCallList {

    /** The first listing stands; adding a listed customer again changes nothing. */
    private static final String ADD = """
            INSERT IGNORE INTO do_not_call (customer_id, added_by, reason, added_at) VALUES (?1, ?2, ?3, ?4)""";

    @Override
    public Uni<DoNotCallEntry> add(DoNotCallEntry entry) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ADD)
                        .setParameter(1, entry.customerId().value())
                        .setParameter(2, entry.addedBy())
                        .setParameter(3, entry.reason())
                        .setParameter(4, LocalDateTime.ofInstant(entry.addedAt(), ZoneOffset.UTC))
                        .executeUpdate())
                .chain(() -> find(entry.customerId()));
    }

    @Override
    public Uni<List<DoNotCallEntry>> latest(int limit) {
        return Panache.getSession().chain(session -> session
                        .createQuery("from DoNotCallEntity order by addedAt desc, customerId", DoNotCallEntity.class)
                        .setMaxResults(limit)
                        .getResultList())
                .map(rows -> rows.stream().map(MariaDbDoNotCallList::toDomain).toList());
    }

    @Override
    public Uni<DoNotCallEntry> find(CustomerId customerId) {
        return Panache.getSession().chain(session -> session
                        .createQuery("from DoNotCallEntity where customerId = :customer", DoNotCallEntity.class)
                        .setParameter("customer", customerId.value())
                        .getSingleResultOrNull())
                .map(row -> row == null ? null : toDomain(row));
    }

    private static DoNotCallEntry toDomain(DoNotCallEntity e) {
        return new DoNotCallEntry(new CustomerId(e.customerId), e.addedBy, e.reason, e.addedAt);
    }
}
