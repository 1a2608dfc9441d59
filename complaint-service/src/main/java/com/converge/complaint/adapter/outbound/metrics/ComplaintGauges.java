package com.converge.complaint.adapter.outbound.metrics;

import com.converge.kernel.metrics.QueriedGauge;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * What the support desk looks like on the dashboard: unresolved complaints by status and priority,
 * and how many of them have breached each SLA clock. Both read the complaint row, where status and
 * the clocks' breached flags live (see V2__complaint_workflow_and_sla.sql).
 */
@Singleton
public class ComplaintGauges {

    private static final String UNRESOLVED = "status NOT IN ('RESOLVED', 'CLOSED')";

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
                "SELECT 'first_response', COUNT(*) FROM complaint WHERE fr_breached AND " + UNRESOLVED
                        + " UNION ALL SELECT 'next_response', COUNT(*) FROM complaint WHERE nr_breached AND " + UNRESOLVED
                        + " UNION ALL SELECT 'resolution', COUNT(*) FROM complaint WHERE res_breached AND " + UNRESOLVED,
                "clock");
    }
}
