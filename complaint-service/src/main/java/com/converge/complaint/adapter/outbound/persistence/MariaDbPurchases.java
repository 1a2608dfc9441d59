package com.converge.complaint.adapter.outbound.persistence;

import com.converge.complaint.application.port.outbound.Purchases;
import com.converge.complaint.domain.Purchase;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
}
