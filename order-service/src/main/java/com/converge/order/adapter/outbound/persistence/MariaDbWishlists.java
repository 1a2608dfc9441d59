package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.order.application.port.outbound.Wishlists;
import com.converge.order.domain.WishedItem;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MariaDbWishlists implements Wishlists {

    @Override
    public Uni<Boolean> add(CustomerId customer, UUID productId, UUID variantId, Instant at) {
        UUID item = variantId == null ? productId : variantId;
        return Sql.update("""
                        INSERT IGNORE INTO wishlist_item (customer_id, item_id, product_id, variant_id, added_at)
                        VALUES (?1, ?2, ?3, NULLIF(?4, ''), ?5)""",
                        customer.value(), item.toString(), productId.toString(), variantId == null ? "" : variantId.toString(), NativeSql.utc(at))
                .map(inserted -> inserted == 1);
    }

    @Override
    public Uni<Integer> size(CustomerId customer) {
        return Sql.rows("SELECT COUNT(*), 1 FROM wishlist_item WHERE customer_id = ?1", customer.value())
                .map(rows -> NativeSql.integer(rows.get(0)[0]));
    }

    @Override
    public Uni<Boolean> remove(CustomerId customer, UUID itemId) {
        return Sql.update("DELETE FROM wishlist_item WHERE customer_id = ?1 AND item_id = ?2", customer.value(), itemId.toString())
                .map(removed -> removed > 0);
    }

    @Override
    public Uni<Integer> removeVariantOrItsProduct(CustomerId customer, UUID variantId, UUID productId) {
        return Sql.update("DELETE FROM wishlist_item WHERE customer_id = ?1 AND item_id IN (?2, ?3)", customer.value(),
                variantId.toString(), productId.toString());
    }

    @Override
    public Uni<List<WishedItem>> of(CustomerId customer) {
        return Sql.rows("""
                        SELECT w.product_id, w.variant_id, v.sku, p.name,
                               COALESCE(v.price, (SELECT MIN(a.price) FROM variant a WHERE a.product_id = p.id AND a.active)),
                               p.active AND COALESCE(v.active, TRUE), w.added_at
                        FROM wishlist_item w JOIN product p ON p.id = w.product_id LEFT JOIN variant v ON v.id = w.variant_id
                        WHERE w.customer_id = ?1 ORDER BY w.added_at DESC, w.item_id""", customer.value())
                .map(rows -> rows.stream().map(r -> new WishedItem(UUID.fromString((String) r[0]),
                        r[1] == null ? null : UUID.fromString((String) r[1]), (String) r[2], (String) r[3],
                        r[4] == null ? null : new Money((BigDecimal) r[4]), truth(r[5]), NativeSql.instant(r[6]))).toList());
    }

    private static boolean truth(Object column) {
        return column instanceof Boolean b ? b : ((Number) column).intValue() != 0;
    }
}
