package com.converge.complaint.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.complaint.application.port.outbound.SupportInteractions;
import com.converge.complaint.domain.SupportCall;
import com.converge.complaint.domain.SupportInteraction;
import com.converge.kernel.domain.CustomerId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class MariaDbSupportInteractions implements SupportInteractions {

    /** Calls and the public messages on the customer's complaints, newest first, keyset-paged on (at, id). */
    private static final String PAGE = """
            SELECT kind, id, at, complaint_id, actor, summary FROM (
              SELECT 'CALL' AS kind, call_id AS id, completed_at AS at, complaint_id, agent_id AS actor,
                     CONCAT(queue, ': ', outcome, ' (', duration_seconds, 's)') AS summary
                FROM support_call WHERE customer_id = :customer
              UNION ALL
              SELECT 'COMPLAINT_MESSAGE', u.id, u.created_at, u.complaint_id, u.author, LEFT(u.body, 500)
                FROM complaint_update u JOIN complaint c ON c.id = u.complaint_id
               WHERE c.customer_id = :customer AND u.visibility = 'PUBLIC'
            ) interaction
            %s ORDER BY at DESC, id DESC LIMIT :limit""";
    private static final String BEFORE_CURSOR = "WHERE at < :beforeAt OR (at = :beforeAt AND id < :beforeId)";

    @Override
    public Uni<Void> recordCall(SupportCall call) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT IGNORE INTO support_call (call_id, customer_id, agent_id, queue, outcome, connected,
                                                         duration_seconds, complaint_id, order_id, completed_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, call.callId())
                .setParameter(2, call.customerId().value())
                .setParameter(3, call.agentId())
                .setParameter(4, call.queue())
                .setParameter(5, call.outcome())
                .setParameter(6, call.connected())
                .setParameter(7, call.durationSeconds())
                .setParameter(8, call.complaintId())
                .setParameter(9, call.orderId())
                .setParameter(10, NativeSql.utc(call.completedAt()))
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<List<SupportInteraction>> page(CustomerId customerId, Instant beforeAt, String beforeId, int limit) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(PAGE.formatted(beforeAt == null ? "" : BEFORE_CURSOR), Object[].class)
                    .setParameter("customer", customerId.value())
                    .setParameter("limit", limit);
            if (beforeAt != null) {
                query.setParameter("beforeAt", NativeSql.utc(beforeAt)).setParameter("beforeId", beforeId);
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(row -> new SupportInteraction(SupportInteraction.Kind.valueOf((String) row[0]),
                (String) row[1], NativeSql.instant(row[2]), (String) row[3], (String) row[4], (String) row[5])).toList());
    }
}
