package com.converge.callqueue.adapter.outbound.metrics;

import com.converge.kernel.metrics.QueriedGauge;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The call centre on the dashboard: how many customers wait in each queue, and how long the oldest
 * callback that is already due has waited (a growing age means promised callbacks are not made).
 * Parked entries (do-not-call, daily cap reached) are left out of the age: no one may call them now.
 */
@Singleton
public class QueueGauges {

    @Produces
    @Singleton
    QueriedGauge depth() {
        return QueriedGauge.of("converge.callqueue.depth", "Active entries waiting in each queue",
                "SELECT LOWER(queue), COUNT(*) FROM queue_entry WHERE active GROUP BY queue",
                "queue");
    }

    @Produces
    @Singleton
    QueriedGauge oldestDueCallbackAge() {
        return QueriedGauge.of("converge.callqueue.oldest.due.callback.age",
                        "Seconds since the oldest due callback of each queue fell due (absent when none is due)",
                        "SELECT LOWER(queue), TIMESTAMPDIFF(SECOND, MIN(callback_due_at), ?) FROM queue_entry"
                                + " WHERE active AND parked_until IS NULL AND callback_due_at <= ? GROUP BY queue",
                        "queue")
                .measuredIn("seconds");
    }
}
