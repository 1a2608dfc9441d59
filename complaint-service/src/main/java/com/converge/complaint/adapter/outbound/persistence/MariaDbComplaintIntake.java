package com.converge.complaint.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.complaint.application.port.outbound.ComplaintIntake;
import com.converge.complaint.domain.CustomerSegment;
import com.converge.complaint.domain.SlaPolicy;
import com.converge.kernel.domain.CustomerId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The reads of a complaint's creation as scalar subqueries of one SELECT: one round trip instead of
 * four (health score, recent complaints, segment, policies). The policies come as a JSON array of
 * their rows; should it ever come back short (JSON_ARRAYAGG stops at group_concat_max_len, 1 MiB by
 * default), they are read the ordinary way.
 */
@ApplicationScoped
public class MariaDbComplaintIntake implements ComplaintIntake {

    private static final String FACTS = """
            SELECT
              (SELECT score FROM customer_health WHERE customer_id = ?1),
              (SELECT COUNT(*) FROM complaint WHERE customer_id = ?1 AND created_at >= ?2),
              (SELECT segment FROM customer_segment WHERE customer_id = ?1),
              (SELECT COUNT(*) FROM sla_policy),
              (SELECT JSON_ARRAYAGG(JSON_ARRAY(id, name, position, definition)) FROM sla_policy)""";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MariaDbSlaPolicies policies;

    MariaDbComplaintIntake(MariaDbSlaPolicies policies) {
        this.policies = policies;
    }

    @Override
    public Uni<Facts> facts(CustomerId customerId, Instant recentSince) {
        return NativeSql.rows(FACTS, List.of(customerId.value(), NativeSql.utc(recentSince))).chain(rows -> {
            Object[] row = rows.get(0);
            Optional<Integer> score = Optional.ofNullable(SqlRows.asInteger(row[0]));
            long recent = NativeSql.number(row[1]);
            CustomerSegment segment = row[2] == null ? CustomerSegment.STANDARD
                    : CustomerSegment.valueOf(((String) row[2]).toUpperCase(Locale.ROOT));
            List<SlaPolicy> stored = parse(text(row[4]));
            if (stored.size() == NativeSql.number(row[3])) {
                return Uni.createFrom().item(new Facts(score, recent, segment, stored));
            }
            return policies.all().map(all -> new Facts(score, recent, segment, all));
        });
    }

    /** The aggregate is a LONGTEXT, which comes back as a Clob. */
    private static String text(Object value) {
        if (value instanceof Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the SLA policies", e);
            }
        }
        return value == null ? null : value.toString();
    }

    /** id, name, position, definition per policy; an incomplete document reads as none. */
    private List<SlaPolicy> parse(String array) {
        if (array == null) {
            return List.of();
        }
        List<List<Object>> rows;
        try {
            rows = JSON.readValue(array, JSON.getTypeFactory().constructCollectionType(List.class,
                    JSON.getTypeFactory().constructCollectionType(List.class, Object.class)));
        } catch (JsonProcessingException e) {
            return List.of();
        }
        return rows.stream().map(row -> {
            SlaPolicyEntity entity = new SlaPolicyEntity();
            entity.id = (String) row.get(0);
            entity.name = (String) row.get(1);
            entity.position = ((Number) row.get(2)).intValue();
            entity.definition = (String) row.get(3);
            return policies.toDomain(entity);
        }).toList();
    }
}
