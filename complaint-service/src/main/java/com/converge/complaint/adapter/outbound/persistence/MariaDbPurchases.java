package com.converge.complaint.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.complaint.application.port.outbound.Purchases;
import com.converge.complaint.domain.Purchase;
import com.converge.complaint.domain.PurchaseOutcome;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class MariaDbPurchases implements Purchases {

    @Override
    public Uni<Void> record(Purchase purchase) {
        return PurchaseEntity.<PurchaseEntity>findById(purchase.id()).chain(found -> {
            if (found != null) {
                return Uni.createFrom().voidItem();
            }
            PurchaseEntity entity = new PurchaseEntity();
            entity.id = purchase.id();
            entity.kind = purchase.kind().name();
            entity.customerId = purchase.customerId().value();
            entity.totalAmount = purchase.totalAmount().amount();
            entity.occurredAt = purchase.occurredAt();
            return entity.persist().replaceWithVoid();
        });
    }

    @Override
    public Uni<Optional<Purchase>> find(Purchase.Kind kind, String id) {
        return PurchaseEntity.<PurchaseEntity>findById(id).map(entity -> Optional.ofNullable(entity)
                .filter(e -> e.kind.equals(kind.name()))
                .map(e -> new Purchase(e.id, Purchase.Kind.valueOf(e.kind), new CustomerId(e.customerId),
                        new Money(e.totalAmount), e.occurredAt)));
    }

    /** The first completion, cancellation or return is kept; every refund counts. */
    @Override
    public Uni<Void> recordOutcome(Purchase.Kind kind, String id, PurchaseOutcome outcome, Instant at) {
        String set = switch (outcome) {
            case COMPLETED -> "completed_at = COALESCE(completed_at, :at)";
            case CANCELLED -> "cancelled_at = COALESCE(cancelled_at, :at)";
            case RETURNED -> "returned_at = COALESCE(returned_at, :at)";
            case REFUNDED -> "refund_count = refund_count + 1";
        };
        return Panache.getSession().chain(session -> {
            var update = session.createNativeQuery("UPDATE purchase SET " + set + " WHERE id = :id AND kind = :kind")
                    .setParameter("id", id).setParameter("kind", kind.name());
            if (outcome != PurchaseOutcome.REFUNDED) {
                update.setParameter("at", NativeSql.utc(at));
            }
            return update.executeUpdate();
        }).replaceWithVoid();
    }

    @Override
    public Uni<Long> completedCount(CustomerId customerId, Purchase.Kind kind) {
        return PurchaseEntity.count("customerId = ?1 and kind = ?2 and completedAt is not null", customerId.value(), kind.name());
    }
}
