package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.OrderId;
import com.converge.order.application.port.outbound.Buyers;
import com.converge.order.domain.BuyerRecord;
import com.converge.order.domain.Verification;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class MariaDbBuyers implements Buyers {

    @Override
    public Uni<BuyerRecord> record(CustomerId customerId) {
        return Sql.rows("SELECT delivered_orders, refused_deliveries FROM buyer_record WHERE customer_id = ?1", customerId.value())
                .map(rows -> rows.isEmpty() ? BuyerRecord.firstTime(customerId)
                        : new BuyerRecord(customerId, NativeSql.integer(rows.get(0)[0]), NativeSql.integer(rows.get(0)[1])));
    }

    @Override
    public Uni<Void> delivered(CustomerId customerId) {
        return Sql.update("""
                INSERT INTO buyer_record (customer_id, delivered_orders, refused_deliveries) VALUES (?1, 1, 0)
                ON DUPLICATE KEY UPDATE delivered_orders = delivered_orders + 1""", customerId.value()).replaceWithVoid();
    }

    @Override
    public Uni<Void> refusedDelivery(CustomerId customerId) {
        return Sql.update("""
                INSERT INTO buyer_record (customer_id, delivered_orders, refused_deliveries) VALUES (?1, 0, 1)
                ON DUPLICATE KEY UPDATE refused_deliveries = refused_deliveries + 1""", customerId.value()).replaceWithVoid();
    }

    @Override
    public Uni<Void> verificationRequested(OrderId orderId, CustomerId customerId, Instant at) {
        VerificationEntity entity = new VerificationEntity();
        entity.orderId = orderId.toString();
        entity.customerId = customerId.value();
        entity.outcome = Verification.AWAITING_CALL.name();
        entity.requestedAt = at;
        return entity.persist().replaceWithVoid();
    }

    @Override
    public Uni<Void> verificationCompleted(OrderId orderId, Verification outcome, String agentId, String reason, Instant at) {
        return VerificationEntity.<VerificationEntity>findById(orderId.toString()).invoke(entity -> {
            if (entity != null) {
                entity.outcome = outcome.name();
                entity.agentId = agentId;
                entity.reason = reason;
                entity.completedAt = at;
            }
        }).replaceWithVoid();
    }

    @Override
    public Uni<List<VerificationEntry>> verifications(CustomerId customerId) {
        return VerificationEntity.<VerificationEntity>list("customerId = ?1 order by requestedAt desc", customerId.value())
                .map(rows -> rows.stream().map(r -> new VerificationEntry(OrderId.of(r.orderId), Verification.valueOf(r.outcome),
                        r.requestedAt, r.completedAt, r.agentId, r.reason)).toList());
    }
}
