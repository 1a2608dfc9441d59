package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.kernel.domain.CustomerId;
import com.converge.order.application.port.outbound.Reviews;
import com.converge.order.domain.Review;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MariaDbReviews implements Reviews {

    @Override
    public Uni<Boolean> received(CustomerId customerId, UUID productId) {
        return Sql.rows("""
                        SELECT COUNT(*), MAX(o.id) FROM customer_order o JOIN order_line l ON l.order_id = o.id
                        JOIN variant v ON v.id = l.variant_id
                        WHERE o.customer_id = ?1 AND o.status = 'DELIVERED' AND v.product_id = ?2""",
                        customerId.value(), productId.toString())
                .map(rows -> NativeSql.integer(rows.get(0)[0]) > 0);
    }

    @Override
    public Uni<Boolean> add(Review review) {
        return Sql.update("""
                        INSERT IGNORE INTO review (product_id, customer_id, rating, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)""",
                        review.productId().toString(), review.customerId().value(), review.rating(), review.text(),
                        NativeSql.utc(review.createdAt()))
                .map(inserted -> inserted == 1);
    }

    @Override
    public Uni<List<Review>> of(UUID productId, int limit) {
        return Sql.rows("""
                        SELECT customer_id, rating, body, DATE_FORMAT(created_at, '%Y-%m-%dT%H:%i:%s.%fZ') FROM review
                        WHERE product_id = ?1 ORDER BY created_at DESC, id DESC LIMIT ?2""", productId.toString(), limit)
                .map(rows -> rows.stream().map(r -> new Review(productId, new CustomerId(((Number) r[0]).longValue()),
                        NativeSql.integer(r[1]), (String) r[2], Instant.parse((String) r[3]))).toList());
    }

    @Override
    public Uni<Rating> rating(UUID productId) {
        return Sql.rows("SELECT COALESCE(SUM(rating), 0), COUNT(*) FROM review WHERE product_id = ?1", productId.toString())
                .map(rows -> {
                    int count = NativeSql.integer(rows.get(0)[1]);
                    BigDecimal sum = new BigDecimal(rows.get(0)[0].toString());
                    return new Rating(count == 0 ? BigDecimal.ZERO.setScale(2)
                            : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP), count);
                });
    }
}
