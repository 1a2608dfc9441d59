package com.converge.complaint.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import static com.converge.complaint.adapter.outbound.persistence.SqlRows.asBoolean;
import static com.converge.complaint.adapter.outbound.persistence.SqlRows.asDate;
import static com.converge.complaint.adapter.outbound.persistence.SqlRows.asInt;
import static com.converge.complaint.adapter.outbound.persistence.SqlRows.asInteger;

import com.converge.complaint.application.port.outbound.CustomerHealthRecords;
import com.converge.complaint.domain.CustomerFacts;
import com.converge.complaint.domain.CustomerHealth;
import com.converge.complaint.domain.HealthAlertPolicy;
import com.converge.complaint.domain.HealthBand;
import com.converge.complaint.domain.HealthSnapshot;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MariaDbCustomerHealthRecords implements CustomerHealthRecords {

    private static final String MARK_DUE = """
            INSERT INTO customer_health (customer_id, recompute_due_at) VALUES (?1, ?2)
            ON DUPLICATE KEY UPDATE recompute_due_at = COALESCE(LEAST(recompute_due_at, VALUES(recompute_due_at)), VALUES(recompute_due_at))""";
    /** MARK_DUE for the customers of a JSON array, in its (ascending) order, so concurrent marks lock rows alike. */
    private static final String MARK_ALL_DUE = """
            INSERT INTO customer_health (customer_id, recompute_due_at)
            SELECT customer_id, ?2 FROM JSON_TABLE(?1, '$[*]' COLUMNS (row_order FOR ORDINALITY, customer_id BIGINT PATH '$')) AS c
            ORDER BY row_order
            ON DUPLICATE KEY UPDATE recompute_due_at = COALESCE(LEAST(recompute_due_at, VALUES(recompute_due_at)), VALUES(recompute_due_at))""";
    /** Read without locks: a locking range read of ix_customer_health_due would lock its gaps, where MARK_DUE writes. */
    private static final String DUE = """
            SELECT customer_id FROM customer_health WHERE recompute_due_at <= ?1 ORDER BY recompute_due_at LIMIT ?2""";
    /**
     * A primary-key read locks that one row and no gap, so marking other customers due never waits for the
     * reassessment; a row another transaction holds (a complaint being raised, another replica's pass) is skipped.
     */
    private static final String LOCK_IF_DUE = """
            SELECT score, published_score, at_risk FROM customer_health WHERE customer_id = ?1 AND recompute_due_at <= ?2
            FOR UPDATE SKIP LOCKED""";
    /**
     * Each column is one fact of CustomerFacts, in its order; ?2..?5 are the 180, 365, 90 and 30 day window
     * starts. Each table is read once, its facts counted by condition, where a subquery per fact read the
     * customer's complaints seven times (half the time, on the benchmark's data set).
     */
    private static final String FACTS = """
            SELECT p.last_purchase, p.purchases_180, m.milestones, c.ratings, c.rating_sum, c.bad_ratings, c.compensated,
                   c.open_complaints, c.breaches, c.escalations, s.calls, p.purchases_365, p.cancellations, p.refunds, p.returns
            FROM (SELECT MAX(occurred_at) AS last_purchase,
                         COUNT(CASE WHEN occurred_at >= ?2 THEN 1 END) AS purchases_180,
                         COUNT(CASE WHEN occurred_at >= ?3 THEN 1 END) AS purchases_365,
                         COUNT(CASE WHEN occurred_at >= ?3 AND cancelled_at IS NOT NULL THEN 1 END) AS cancellations,
                         COALESCE(SUM(CASE WHEN occurred_at >= ?3 THEN refund_count END), 0) AS refunds,
                         COUNT(CASE WHEN occurred_at >= ?3 AND returned_at IS NOT NULL THEN 1 END) AS returns
                  FROM purchase WHERE customer_id = ?1) p
            CROSS JOIN (SELECT COUNT(*) AS milestones FROM customer_milestone WHERE customer_id = ?1) m
            CROSS JOIN (SELECT COUNT(CASE WHEN csat_recorded_at >= ?3 THEN 1 END) AS ratings,
                               COALESCE(SUM(CASE WHEN csat_recorded_at >= ?3 THEN csat_rating END), 0) AS rating_sum,
                               COUNT(CASE WHEN csat_recorded_at >= ?3 AND csat_rating <= 2 THEN 1 END) AS bad_ratings,
                               COUNT(CASE WHEN resolved_at >= ?3 AND compensation IS NOT NULL AND compensation <> 'NONE'
                                          THEN 1 END) AS compensated,
                               COUNT(CASE WHEN status NOT IN ('RESOLVED', 'CLOSED') THEN 1 END) AS open_complaints,
                               COUNT(CASE WHEN created_at >= ?4 AND (fr_breached OR nr_breached OR res_breached) THEN 1 END) AS breaches,
                               COUNT(CASE WHEN created_at >= ?4 AND escalation_level > 0 THEN 1 END) AS escalations
                        FROM complaint WHERE customer_id = ?1) c
            CROSS JOIN (SELECT COUNT(*) AS calls FROM support_call WHERE customer_id = ?1 AND completed_at >= ?5
                          AND queue = 'outstanding_requests' AND order_id IS NULL) s""";

    @Override
    public Uni<Void> markDue(CustomerId customerId, Instant at) {
        return NativeSql.update(MARK_DUE, List.of(customerId.value(), NativeSql.utc(at))).replaceWithVoid();
    }

    @Override
    public Uni<Void> markDue(Collection<CustomerId> customerIds, Instant at) {
        List<Long> ids = customerIds.stream().map(CustomerId::value).distinct().sorted().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return NativeSql.update(MARK_ALL_DUE, List.of(ids.toString(), NativeSql.utc(at))).replaceWithVoid();
    }

    @Override
    public Uni<Integer> markAllDue(Instant at) {
        return NativeSql.update("UPDATE customer_health SET recompute_due_at = ?1 WHERE recompute_due_at IS NULL",
                List.of(NativeSql.utc(at)));
    }

    @Override
    public Uni<Integer> markAssessedBefore(Instant before, Instant at) {
        return NativeSql.update("UPDATE customer_health SET recompute_due_at = ?2 WHERE recompute_due_at IS NULL AND computed_at < ?1",
                List.of(NativeSql.utc(before), NativeSql.utc(at)));
    }

    @Override
    public Uni<List<CustomerId>> due(Instant now, int limit) {
        return NativeSql.rows(DUE, List.of(NativeSql.utc(now), limit))
                .map(rows -> rows.stream().map(row -> new CustomerId(NativeSql.number(row[0]))).toList());
    }

    @Override
    public Uni<Optional<DueCustomer>> lockIfDue(CustomerId customerId, Instant now) {
        return NativeSql.rows(LOCK_IF_DUE, List.of(customerId.value(), NativeSql.utc(now)))
                .map(rows -> rows.stream().findFirst().map(row -> new DueCustomer(customerId,
                        new HealthAlertPolicy.Standing(asInteger(row[0]), asInteger(row[1]), asBoolean(row[2])))));
    }

    @Override
    public Uni<Void> clearDue(CustomerId customerId) {
        return NativeSql.update("UPDATE customer_health SET recompute_due_at = NULL WHERE customer_id = ?1",
                List.of(customerId.value())).replaceWithVoid();
    }

    @Override
    public Uni<CustomerFacts> facts(CustomerId customerId, Instant now) {
        return NativeSql.rows(FACTS, List.of(customerId.value(), NativeSql.utc(now.minus(Duration.ofDays(180))),
                        NativeSql.utc(now.minus(Duration.ofDays(365))), NativeSql.utc(now.minus(Duration.ofDays(90))), NativeSql.utc(now.minus(Duration.ofDays(30)))))
                .map(rows -> rows.get(0))
                .map(row -> new CustomerFacts(NativeSql.instant(row[0]), asInt(row[1]), asInt(row[2]), asInt(row[3]), asInt(row[4]),
                        asInt(row[5]), asInt(row[6]), asInt(row[7]), asInt(row[8]), asInt(row[9]), asInt(row[10]),
                        asInt(row[11]), asInt(row[12]), asInt(row[13]), asInt(row[14])));
    }

    @Override
    public Uni<Void> save(CustomerHealth health, HealthBand band, Integer publishedScore, boolean atRisk, LocalDate day) {
        long customer = health.customerId().value();
        return NativeSql.update("""
                        UPDATE customer_health SET score = ?2, band = ?3, published_score = ?4, at_risk = ?5,
                               computed_at = ?6, recompute_due_at = NULL WHERE customer_id = ?1""",
                        Arrays.asList(customer, health.score(), band.wireName(), publishedScore, atRisk, NativeSql.utc(health.computedAt())))
                .chain(() -> NativeSql.update("""
                        INSERT INTO customer_health_snapshot (customer_id, day, score, computed_at) VALUES (?1, ?2, ?3, ?4)
                        ON DUPLICATE KEY UPDATE score = VALUES(score), computed_at = VALUES(computed_at)""",
                        List.of(customer, day, health.score(), NativeSql.utc(health.computedAt()))))
                .replaceWithVoid();
    }

    @Override
    public Uni<List<HealthSnapshot>> trend(CustomerId customerId, LocalDate from) {
        return NativeSql.rows("SELECT day, score FROM customer_health_snapshot WHERE customer_id = ?1 AND day >= ?2 ORDER BY day",
                        List.of(customerId.value(), from))
                .map(rows -> rows.stream().map(row -> new HealthSnapshot(asDate(row[0]), asInt(row[1]))).toList());
    }

    @Override
    public Uni<HealthAlertPolicy.Standing> standing(CustomerId customerId) {
        return NativeSql.rows("SELECT score, published_score, at_risk FROM customer_health WHERE customer_id = ?1",
                        List.of(customerId.value()))
                .map(rows -> rows.stream().findFirst()
                        .map(row -> new HealthAlertPolicy.Standing(asInteger(row[0]), asInteger(row[1]), asBoolean(row[2])))
                        .orElse(HealthAlertPolicy.Standing.UNKNOWN));
    }

    @Override
    public Uni<Optional<Integer>> score(CustomerId customerId) {
        return standing(customerId).map(standing -> Optional.ofNullable(standing.lastScore()));
    }

    @Override
    public Uni<Long> complaintsSince(CustomerId customerId, Instant since) {
        return NativeSql.value("SELECT COUNT(*) FROM complaint WHERE customer_id = ?1 AND created_at >= ?2",
                        List.of(customerId.value(), NativeSql.utc(since)))
                .map(count -> ((Number) count).longValue());
    }
}
