package com.converge.complaint.adapter.outbound.metrics;

import com.converge.kernel.metrics.QueriedGauge;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * What the support desk looks like on the dashboard: unresolved complaints by status and priority,
 * and how many of them have breached each SLA clock. Both read only ix_complaint_dashboard (see
 * V12__dashboard_index.sql), from its unresolved entries: never the table, whose rows are mostly resolved.
 */
@Singleton
public class ComplaintGauges {

    /** The generated column V7 added: status NOT IN ('RESOLVED', 'CLOSED'). */
    private static final String UNRESOLVED = "unresolved = TRUE";

    @Produces
    @Singleton
    QueriedGauge open() {
        return QueriedGauge.of("converge.complaints.open", "Unresolved complaints, by status and priority",
                "SELECT LOWER(status), LOWER(priority), COUNT(*) FROM complaint WHERE " + UNRESOLVED
                        + " GROUP BY status, priority",
                "status", "priority");
    }

    @Produces
    @Singleton
    QueriedGauge breached() {
        return QueriedGauge.of("converge.complaints.breached", "Unresolved complaints that breached an SLA clock, by clock",
                "SELECT 'first_response', COUNT(*) FROM complaint WHERE " + UNRESOLVED + " AND fr_breached"
                        + " UNION ALL SELECT 'next_response', COUNT(*) FROM complaint WHERE " + UNRESOLVED + " AND nr_breached"
                        + " UNION ALL SELECT 'resolution', COUNT(*) FROM complaint WHERE " + UNRESOLVED + " AND res_breached",
                "clock");
    }
}
