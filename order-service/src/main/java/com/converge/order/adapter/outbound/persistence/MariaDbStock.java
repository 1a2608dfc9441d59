package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.order.application.port.outbound.Stock;
import com.converge.order.domain.InventoryStatus;
import com.converge.order.domain.StockChange;
import com.converge.order.domain.StockLevel;
import com.converge.order.domain.StockMovement;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each change is one UPDATE whose WHERE clause holds the rule (enough available, enough reserved),
 * so concurrent buyers serialise on the row and the loser sees zero rows changed: no read-modify-write,
 * nothing for REPEATABLE READ to lose. The row is then read with a locking read (the latest version,
 * already ours) for the ledger's before and after.
 *
 * <p>A reservation, on the path of every order, takes its lines together: one locking read of their
 * stock rows (in primary-key order, the order every placement locks in), the rule checked on what it
 * read, then one UPDATE of them all, its WHERE clause still holding the rule, and one insert of their
 * ledger rows: three statements whatever the number of lines, where a statement per line each way took
 * nine round trips for three lines.
 */
@ApplicationScoped
public class MariaDbStock implements Stock {

    private static final String CURRENT = """
            SELECT on_hand, reserved, low_stock_threshold, sku FROM stock WHERE variant_id = ?1 FOR UPDATE""";
    private static final String LOCK_ALL = """
            SELECT variant_id, on_hand, reserved, low_stock_threshold, sku FROM stock WHERE variant_id IN (?1) FOR UPDATE""";
    private static final String RESERVE_ALL = """
            UPDATE stock s
            JOIN JSON_TABLE(?1, '$[*]' COLUMNS (variant_id CHAR(36) PATH '$.variant', quantity INT PATH '$.quantity')) d
              ON s.variant_id = d.variant_id
            SET s.reserved = s.reserved + d.quantity
            WHERE s.on_hand - s.reserved >= d.quantity""";
    private static final String LEDGER_ALL = """
            INSERT INTO inventory_ledger (variant_id, reason, reference, on_hand_before, on_hand_after, reserved_before,
                                          reserved_after, changed_by, changed_at)
            SELECT l.variant_id, ?2, ?3, l.on_hand_before, l.on_hand_after, l.reserved_before, l.reserved_after, ?4, ?5
            FROM JSON_TABLE(?1, '$[*]' COLUMNS (turn FOR ORDINALITY, variant_id CHAR(36) PATH '$.variant',
                                                on_hand_before INT PATH '$.onHandBefore', on_hand_after INT PATH '$.onHandAfter',
                                                reserved_before INT PATH '$.reservedBefore',
                                                reserved_after INT PATH '$.reservedAfter')) l
            ORDER BY l.turn""";
    private static final String LEDGER = """
            INSERT INTO inventory_ledger (variant_id, reason, reference, on_hand_before, on_hand_after, reserved_before,
                                          reserved_after, changed_by, changed_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""";

    @Override
    public Uni<Void> open(UUID variantId, StockLevel level, String by, Instant at) {
        return Sql.rows("SELECT id, sku FROM variant WHERE id = ?1", variantId.toString())
                .chain(rows -> Sql.update("""
                                INSERT INTO stock (variant_id, sku, on_hand, reserved, low_stock_threshold) VALUES (?1, ?2, ?3, ?4, ?5)""",
                        variantId.toString(), rows.get(0)[1], level.onHand(), level.reserved(), level.lowStockThreshold()))
                .chain(() -> Sql.update(LEDGER, variantId.toString(), "opening", "catalog", 0, level.onHand(), 0,
                        level.reserved(), by, NativeSql.utc(at)))
                .replaceWithVoid();
    }

    @Override
    public Uni<ReservationAttempt> reserve(Map<UUID, Integer> demand, String reference, String by, Instant at) {
        return Sql.rows(LOCK_ALL, demand.keySet().stream().map(UUID::toString).toList()).chain(rows -> {
            Map<UUID, Object[]> stocked = rows.stream().collect(Collectors.toMap(r -> UUID.fromString((String) r[0]), r -> r));
            List<StockChange> changes = new ArrayList<>();
            Map<UUID, Integer> shortages = new LinkedHashMap<>();
            demand.forEach((variant, quantity) -> {
                Object[] row = stocked.get(variant);
                if (row == null) {
                    shortages.put(variant, 0);
                    return;
                }
                StockLevel before = new StockLevel(NativeSql.integer(row[1]), NativeSql.integer(row[2]), NativeSql.integer(row[3]));
                if (!before.canReserve(quantity)) {
                    shortages.put(variant, before.available());
                    return;
                }
                changes.add(new StockChange(variant, (String) row[4], before, before.reserve(quantity)));
            });
            if (!shortages.isEmpty()) {
                return Uni.createFrom().item(new ReservationAttempt(List.of(), shortages));
            }
            return Sql.update(RESERVE_ALL, reservations(demand))
                    .invoke(updated -> {
                        if (updated != demand.size()) {
                            throw new IllegalStateException("reserved " + updated + " of " + demand.size() + " locked stock rows");
                        }
                    })
                    .chain(() -> Sql.update(LEDGER_ALL, ledgerLines(changes), "reserve", reference, by, NativeSql.utc(at)))
                    .replaceWith(new ReservationAttempt(changes, Map.of()));
        });
    }

    /** Variant ids and whole numbers only, so written without a JSON library. */
    private static String reservations(Map<UUID, Integer> demand) {
        return demand.entrySet().stream()
                .map(e -> "{\"variant\":\"" + e.getKey() + "\",\"quantity\":" + e.getValue() + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String ledgerLines(List<StockChange> changes) {
        return changes.stream()
                .map(c -> "{\"variant\":\"" + c.variantId() + "\",\"onHandBefore\":" + c.before().onHand()
                        + ",\"onHandAfter\":" + c.after().onHand() + ",\"reservedBefore\":" + c.before().reserved()
                        + ",\"reservedAfter\":" + c.after().reserved() + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    @Override
    public Uni<List<StockChange>> move(StockMovement movement, Map<UUID, Integer> demand, String reference, String by, Instant at) {
        List<StockChange> changes = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<UUID, Integer> line : demand.entrySet()) {
            UUID variant = line.getKey();
            int quantity = line.getValue();
            chain = chain.chain(() -> apply(movement, variant, quantity)
                    .chain(updated -> {
                        if (updated != 1) {
                            throw new IllegalStateException(movement + " of " + quantity + " of variant " + variant
                                    + " does not match its stock row");
                        }
                        int onHandDelta = movement == StockMovement.RELEASE ? 0 : movement == StockMovement.COMMIT ? -quantity : quantity;
                        int reservedDelta = movement == StockMovement.RESTOCK ? 0 : -quantity;
                        return changed(variant, onHandDelta, reservedDelta, movement.name().toLowerCase(Locale.ROOT), reference, by, at);
                    })
                    .invoke(changes::add)
                    .replaceWithVoid());
        }
        return chain.map(ignored -> changes);
    }

    private Uni<Integer> apply(StockMovement movement, UUID variant, int quantity) {
        switch (movement) {
            case COMMIT:
                return Sql.update("""
                                UPDATE stock SET on_hand = on_hand - ?1, reserved = reserved - ?1 WHERE variant_id = ?2 AND reserved >= ?1""",
                        quantity, variant.toString());
            case RELEASE:
                return Sql.update("UPDATE stock SET reserved = reserved - ?1 WHERE variant_id = ?2 AND reserved >= ?1",
                        quantity, variant.toString());
            case RESTOCK:
                return Sql.update("UPDATE stock SET on_hand = on_hand + ?1 WHERE variant_id = ?2", quantity, variant.toString());
            default:
                throw new IllegalArgumentException("no stock to move for " + movement);
        }
    }

    @Override
    public Uni<Optional<StockChange>> adjust(UUID variantId, int delta, Integer lowStockThreshold, String reason, String by, Instant at) {
        return Sql.update("""
                        UPDATE stock SET on_hand = on_hand + ?1, low_stock_threshold = IF(?2 < 0, low_stock_threshold, ?2)
                        WHERE variant_id = ?3 AND on_hand + ?1 >= reserved""",
                        delta, lowStockThreshold == null ? -1 : lowStockThreshold, variantId.toString())
                .chain(updated -> updated == 1
                        ? changed(variantId, delta, 0, reason, "adjustment", by, at).map(Optional::of)
                        : Uni.createFrom().item(Optional.<StockChange>empty()));
    }

    /** The change just made, read back and written to the ledger. */
    private Uni<StockChange> changed(UUID variant, int onHandDelta, int reservedDelta, String reason, String reference,
                                     String by, Instant at) {
        return Sql.rows(CURRENT, variant.toString()).chain(rows -> {
            Object[] row = rows.get(0);
            StockLevel after = new StockLevel(NativeSql.integer(row[0]), NativeSql.integer(row[1]), NativeSql.integer(row[2]));
            StockLevel before = new StockLevel(after.onHand() - onHandDelta, after.reserved() - reservedDelta,
                    after.lowStockThreshold());
            return Sql.update(LEDGER, variant.toString(), reason, reference, before.onHand(), after.onHand(), before.reserved(),
                            after.reserved(), by, NativeSql.utc(at))
                    .replaceWith(new StockChange(variant, (String) row[3], before, after));
        });
    }

    @Override
    public Uni<Optional<StockLevel>> level(UUID variantId) {
        return Sql.rows("SELECT on_hand, reserved, low_stock_threshold FROM stock WHERE variant_id = ?1", variantId.toString())
                .map(rows -> rows.isEmpty() ? Optional.empty() : Optional.of(new StockLevel(
                        NativeSql.integer(rows.get(0)[0]), NativeSql.integer(rows.get(0)[1]), NativeSql.integer(rows.get(0)[2]))));
    }

    @Override
    public Uni<Map<UUID, StockLevel>> levels(Collection<UUID> variantIds) {
        if (variantIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Sql.rows("SELECT variant_id, on_hand, reserved, low_stock_threshold FROM stock WHERE variant_id IN (?1)",
                        variantIds.stream().map(UUID::toString).toList())
                .map(rows -> rows.stream().collect(Collectors.toMap(r -> UUID.fromString((String) r[0]),
                        r -> new StockLevel(NativeSql.integer(r[1]), NativeSql.integer(r[2]), NativeSql.integer(r[3])))));
    }

    @Override
    public Uni<List<InventoryItem>> inventory(InventoryStatus status, String afterSku, int limit) {
        String only = status == null ? "" : switch (status) {
            case OUT_OF_STOCK -> " AND s.on_hand - s.reserved <= 0";
            case LOW_STOCK -> " AND s.on_hand - s.reserved > 0 AND s.on_hand - s.reserved <= s.low_stock_threshold";
            case IN_STOCK -> " AND s.on_hand - s.reserved > s.low_stock_threshold";
        };
        return Sql.rows("""
                        SELECT s.variant_id, s.sku, p.name, s.on_hand, s.reserved, s.low_stock_threshold
                        FROM stock s JOIN variant v ON v.id = s.variant_id JOIN product p ON p.id = v.product_id
                        WHERE s.sku > ?1""" + only + " ORDER BY s.sku LIMIT ?2",
                        afterSku == null ? "" : afterSku, limit)
                .map(rows -> rows.stream().map(r -> new InventoryItem(UUID.fromString((String) r[0]), (String) r[1], (String) r[2],
                        new StockLevel(NativeSql.integer(r[3]), NativeSql.integer(r[4]), NativeSql.integer(r[5])))).toList());
    }
}
