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

    /** One walk of the unresolved entries counts all three clocks (a count per clock walked them three times). */
    @Produces
    @Singleton
    QueriedGauge breached() {
        return QueriedGauge.of("converge.complaints.breached", "Unresolved complaints that breached an SLA clock, by clock",
                "SELECT c.clock, CASE c.clock WHEN 'first_response' THEN s.fr WHEN 'next_response' THEN s.nr ELSE s.res END"
                        + " FROM (SELECT COUNT(CASE WHEN fr_breached THEN 1 END) AS fr, COUNT(CASE WHEN nr_breached THEN 1 END) AS nr,"
                        + " COUNT(CASE WHEN res_breached THEN 1 END) AS res FROM complaint WHERE " + UNRESOLVED + ") s"
                        + " CROSS JOIN (SELECT 'first_response' AS clock UNION ALL SELECT 'next_response' UNION ALL SELECT 'resolution') c",
                "clock");
    }
}
