package com.converge.complaint.adapter.inbound.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.complaint.config.SlaMonitorConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schedule's rule, without a database: a full batch runs the next pass at once, each pass timed on its own. */
class SlaMonitorScheduleTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    private static SlaMonitorConfig batchOf(int size) {
        return new SlaMonitorConfig() {
            @Override
            public String interval() {
                return "5s";
            }

            @Override
            public int batchSize() {
                return size;
            }
        };
    }

    /** One tick of a schedule with batches of 2 whose passes claim, in turn, the counts left in {@code claims}. */
    private void oneTick(Deque<Integer> claims) {
        new SlaMonitorSchedule(() -> Uni.createFrom().item(claims::pop), batchOf(2), metrics)
                .pass().await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void aFullBatchRunsTheNextPassAtOnceUntilOneComesBackShort() {
        Deque<Integer> claims = new ArrayDeque<>(List.of(2, 2, 1, 2));

        oneTick(claims);

        assertThat(claims).containsExactly(2);
        assertThat(metrics.get("converge.sla_monitor.pass").timer().count()).isEqualTo(3);
    }

    @Test
    void anEmptyPassEndsTheTickAndIsNotTimed() {
        Deque<Integer> claims = new ArrayDeque<>(List.of(2, 0, 2));

        oneTick(claims);

        assertThat(claims).containsExactly(2);
        assertThat(metrics.get("converge.sla_monitor.pass").timer().count()).isEqualTo(1);
    }

    @Test
    void aTickRunsABoundedNumberOfPassesEvenIfComplaintsStayDue() {
        int[] runs = {0};
        SlaMonitorSchedule schedule = new SlaMonitorSchedule(() -> Uni.createFrom().item(() -> {
            runs[0]++;
            return 2;
        }), batchOf(2), metrics);

        schedule.pass().await().atMost(Duration.ofSeconds(5));

        assertThat(runs[0]).isEqualTo(SlaMonitorSchedule.MAX_PASSES_PER_TICK);
    }
}
