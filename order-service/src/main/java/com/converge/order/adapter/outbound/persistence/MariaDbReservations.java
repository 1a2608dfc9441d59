package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.kernel.domain.OrderId;
import com.converge.order.application.port.outbound.Reservations;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MariaDbReservations implements Reservations {

    private static final String HELD = "RESERVED";

    @Override
    public Uni<Void> hold(OrderId orderId, Instant expiresAt, Instant now) {
        ReservationEntity entity = new ReservationEntity();
        entity.orderId = orderId.toString();
        entity.status = HELD;
        entity.expiresAt = expiresAt;
        entity.createdAt = now;
        return entity.persist().replaceWithVoid();
    }

    @Override
    public Uni<List<OrderId>> claimDue(Instant now, int limit) {
        // a second replica's sweep skips the rows this one holds instead of waiting for them
        return Sql.rows("""
                        SELECT order_id, expires_at FROM reservation WHERE status = ?1 AND expires_at <= ?2
                        ORDER BY expires_at LIMIT ?3 FOR UPDATE SKIP LOCKED""", HELD, NativeSql.utc(now), limit)
                .map(rows -> rows.stream().map(r -> OrderId.of((String) r[0])).toList());
    }

    @Override
    public Uni<Void> close(OrderId orderId, String outcome) {
        return ReservationEntity.<ReservationEntity>findById(orderId.toString())
                .invoke(entity -> {
                    if (entity != null) {
                        entity.status = outcome;
                    }
                })
                .replaceWithVoid();
    }

    @Override
    public Uni<Boolean> extend(OrderId orderId, Instant until) {
        return ReservationEntity.<ReservationEntity>findById(orderId.toString()).map(entity -> {
            if (entity == null || !HELD.equals(entity.status)) {
                return false;
            }
            entity.expiresAt = until;
            return true;
        });
    }

    @Override
    public Uni<Optional<Instant>> expiry(OrderId orderId) {
        return ReservationEntity.<ReservationEntity>findById(orderId.toString())
                .map(entity -> entity == null || !HELD.equals(entity.status) ? Optional.empty() : Optional.of(entity.expiresAt));
    }
}
