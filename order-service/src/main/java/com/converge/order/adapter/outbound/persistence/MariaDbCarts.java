package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.kernel.domain.CustomerId;
import com.converge.order.application.port.outbound.Carts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MariaDbCarts implements Carts {

    private static final String LINES = "SELECT variant_id, sku, quantity FROM cart_line WHERE customer_id = ?1";

    @Override
    public Uni<Integer> add(CustomerId customer, UUID variantId, String sku, int quantity, Instant at) {
        return Sql.update("""
                        INSERT INTO cart_line (customer_id, variant_id, sku, quantity, added_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                        ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity), updated_at = VALUES(updated_at)""",
                        customer.value(), variantId.toString(), sku, quantity, NativeSql.utc(at))
                .chain(() -> quantity(customer, variantId));
    }

    @Override
    public Uni<Void> set(CustomerId customer, UUID variantId, String sku, int quantity, Instant at) {
        return Sql.update("""
                        INSERT INTO cart_line (customer_id, variant_id, sku, quantity, added_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
                        ON DUPLICATE KEY UPDATE quantity = VALUES(quantity), updated_at = VALUES(updated_at)""",
                        customer.value(), variantId.toString(), sku, quantity, NativeSql.utc(at))
                .replaceWithVoid();
    }

    @Override
    public Uni<Integer> quantity(CustomerId customer, UUID variantId) {
        return Sql.rows("SELECT quantity, sku FROM cart_line WHERE customer_id = ?1 AND variant_id = ?2",
                        customer.value(), variantId.toString())
                .map(rows -> rows.isEmpty() ? 0 : NativeSql.integer(rows.get(0)[0]));
    }

    @Override
    public Uni<Integer> lineCount(CustomerId customer) {
        return Sql.rows("SELECT COUNT(*), 1 FROM cart_line WHERE customer_id = ?1", customer.value())
                .map(rows -> NativeSql.integer(rows.get(0)[0]));
    }

    @Override
    public Uni<Void> remove(CustomerId customer, String sku) {
        return Sql.update("DELETE FROM cart_line WHERE customer_id = ?1 AND sku = ?2", customer.value(), sku).replaceWithVoid();
    }

    @Override
    public Uni<List<CartLine>> lines(CustomerId customer) {
        return Sql.rows(LINES + " ORDER BY added_at, sku", customer.value()).map(MariaDbCarts::toLines);
    }

    @Override
    public Uni<List<CartLine>> linesToOrder(CustomerId customer) {
        return Sql.rows(LINES + " ORDER BY added_at, sku FOR UPDATE", customer.value()).map(MariaDbCarts::toLines);
    }

    @Override
    public Uni<Void> removeOrdered(CustomerId customer, Collection<UUID> variantIds) {
        return Sql.update("DELETE FROM cart_line WHERE customer_id = ?1 AND variant_id IN (?2)", customer.value(),
                variantIds.stream().map(UUID::toString).toList()).replaceWithVoid();
    }

    private static List<CartLine> toLines(List<Object[]> rows) {
        return rows.stream().map(r -> new CartLine(UUID.fromString((String) r[0]), (String) r[1], NativeSql.integer(r[2]))).toList();
    }
}
