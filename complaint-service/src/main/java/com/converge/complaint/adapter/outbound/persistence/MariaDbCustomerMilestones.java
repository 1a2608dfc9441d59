package com.converge.complaint.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.complaint.application.port.outbound.CustomerMilestones;
import com.converge.complaint.domain.CustomerMilestone;
import com.converge.complaint.domain.Milestone;
import com.converge.kernel.domain.CustomerId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class MariaDbCustomerMilestones implements CustomerMilestones {

    @Override
    public Uni<Void> reach(CustomerMilestone milestone) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT IGNORE INTO customer_milestone (customer_id, milestone, reached_at, source) VALUES (?1, ?2, ?3, ?4)""")
                .setParameter(1, milestone.customerId().value())
                .setParameter(2, milestone.milestone().name())
                .setParameter(3, NativeSql.utc(milestone.reachedAt()))
                .setParameter(4, milestone.source())
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<List<CustomerMilestone>> of(CustomerId customerId) {
        return NativeSql.rows("SELECT milestone, reached_at, source FROM customer_milestone WHERE customer_id = ?1 ORDER BY reached_at, milestone",
                        List.of(customerId.value()))
                .map(rows -> rows.stream().map(row -> new CustomerMilestone(customerId, Milestone.valueOf((String) row[0]),
                        NativeSql.instant(row[1]), (String) row[2])).toList());
    }
}
