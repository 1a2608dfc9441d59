package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import com.converge.order.application.port.outbound.Promos;
import com.converge.order.domain.Promo;
import com.converge.order.domain.PromoKind;
import com.converge.order.domain.PromoScope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class MariaDbPromos implements Promos {

    private static final TypeReference<Set<String>> IDS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    MariaDbPromos(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Uni<Void> add(Promo promo) {
        return Sql.update("""
                        INSERT IGNORE INTO promo (code, kind, amount, min_order, max_discount, valid_from, valid_until, total_limit,
                                                  per_customer_limit, used_count, scope, scope_ids)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0, ?10, ?11)""",
                        promo.code(), promo.kind().name(), promo.amount(), promo.minOrder().amount(),
                        promo.maxDiscount() == null ? BigDecimal.valueOf(-1) : promo.maxDiscount().amount(),
                        NativeSql.utc(promo.validFrom()), NativeSql.utc(promo.validUntil()),
                        promo.totalLimit() == null ? -1 : promo.totalLimit(),
                        promo.perCustomerLimit() == null ? -1 : promo.perCustomerLimit(),
                        promo.scope().name(), write(promo.scopeIds()))
                .invoke(inserted -> {
                    if (inserted == 0) {
                        throw new ConflictException("code-taken", "promo code " + promo.code() + " exists");
                    }
                })
                // nullable columns are bound as -1 above (a typed value) and cleared here
                .chain(() -> Sql.update("""
                        UPDATE promo SET max_discount = IF(max_discount < 0, NULL, max_discount),
                                         total_limit = IF(total_limit < 0, NULL, total_limit),
                                         per_customer_limit = IF(per_customer_limit < 0, NULL, per_customer_limit)
                        WHERE code = ?1""", promo.code()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Optional<Promo>> find(String code) {
        return Sql.rows("""
                        SELECT code, kind, amount, min_order, max_discount, valid_from, valid_until, total_limit, per_customer_limit,
                               scope, CAST(scope_ids AS CHAR(4000)) FROM promo WHERE code = ?1""", code)
                .map(rows -> rows.isEmpty() ? Optional.empty() : Optional.of(toDomain(rows.get(0))));
    }

    @Override
    public Uni<Boolean> takeUse(String code) {
        return Sql.update("""
                        UPDATE promo SET used_count = used_count + 1
                        WHERE code = ?1 AND (total_limit IS NULL OR used_count < total_limit)""", code)
                .map(updated -> updated == 1);
    }

    @Override
    public Uni<Integer> usesBy(String code, CustomerId customerId) {
        return Sql.rows("SELECT COUNT(*), MAX(code) FROM promo_redemption WHERE code = ?1 AND customer_id = ?2 LOCK IN SHARE MODE",
                        code, customerId.value())
                .map(rows -> NativeSql.integer(rows.get(0)[0]));
    }

    @Override
    public Uni<Void> redeemed(String code, CustomerId customerId, OrderId orderId, Money discount, Instant at) {
        return Sql.update("""
                        INSERT INTO promo_redemption (code, customer_id, order_id, discount, redeemed_at) VALUES (?1, ?2, ?3, ?4, ?5)""",
                code, customerId.value(), orderId.toString(), discount.amount(), NativeSql.utc(at)).replaceWithVoid();
    }

    private Promo toDomain(Object[] r) {
        return new Promo((String) r[0], PromoKind.valueOf((String) r[1]), (BigDecimal) r[2], new Money((BigDecimal) r[3]),
                r[4] == null ? null : new Money((BigDecimal) r[4]), NativeSql.instant(r[5]), NativeSql.instant(r[6]),
                r[7] == null ? null : NativeSql.integer(r[7]), r[8] == null ? null : NativeSql.integer(r[8]),
                PromoScope.valueOf((String) r[9]), read((String) r[10]));
    }

    private String write(Set<String> ids) {
        try {
            return json.writeValueAsString(ids);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Set<String> read(String ids) {
        try {
            return json.readValue(ids, IDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
