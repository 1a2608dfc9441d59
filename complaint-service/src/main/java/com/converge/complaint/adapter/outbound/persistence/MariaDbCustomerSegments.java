package com.converge.complaint.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.complaint.application.port.outbound.CustomerSegments;
import com.converge.complaint.domain.CustomerSegment;
import com.converge.complaint.domain.SegmentMembership;
import com.converge.kernel.domain.CustomerId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class MariaDbCustomerSegments implements CustomerSegments {

    private static final String COLUMNS = "SELECT customer_id, segment, updated_by, updated_at FROM customer_segment";

    @Override
    public Uni<Optional<SegmentMembership>> find(CustomerId customer) {
        return NativeSql.rows(COLUMNS + " WHERE customer_id = ?1", List.of(customer.value()))
                .map(rows -> rows.stream().findFirst().map(MariaDbCustomerSegments::membership));
    }

    @Override
    public Uni<Void> save(SegmentMembership membership) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO customer_segment (customer_id, segment, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4)
                        ON DUPLICATE KEY UPDATE segment = VALUES(segment), updated_by = VALUES(updated_by),
                                                updated_at = VALUES(updated_at)""")
                .setParameter(1, membership.customer().value())
                .setParameter(2, membership.segment().name())
                .setParameter(3, membership.updatedBy())
                .setParameter(4, NativeSql.utc(membership.updatedAt()))
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<List<SegmentMembership>> list(CustomerSegment segment, Long afterCustomer, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (segment != null) {
            parameters.add(segment.name());
            where.add("segment = ?" + parameters.size());
        }
        if (afterCustomer != null) {
            parameters.add(afterCustomer);
            where.add("customer_id > ?" + parameters.size());
        }
        parameters.add(limit);
        String sql = COLUMNS + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY customer_id LIMIT ?" + parameters.size();
        return NativeSql.rows(sql, parameters).map(rows -> rows.stream().map(MariaDbCustomerSegments::membership).toList());
    }

    private static SegmentMembership membership(Object[] row) {
        return new SegmentMembership(new CustomerId(NativeSql.number(row[0])),
                CustomerSegment.valueOf(((String) row[1]).toUpperCase(Locale.ROOT)), (String) row[2], NativeSql.instant(row[3]));
    }
}
