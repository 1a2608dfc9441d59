package com.converge.callqueue.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

/** Everything here is overridable by environment variables, e.g. CALLQUEUE_DAILY_ATTEMPT_CAP. */
@ConfigMapping(prefix = "callqueue")
public interface CallQueueConfig {

    CallingWindowConfig callingWindow();

    /** Calls to one customer per calendar day (in the calling window's zone), across queues. */
    @WithDefault("3")
    int dailyAttemptCap();

    /** How long a claim holds an entry for its agent; an entry with no outcome by then returns to the queue. */
    @WithDefault("PT5M")
    Duration claimFor();

    /** How long past its due time an agent's own callback waits for them before anyone may take it. */
    @WithDefault("PT15M")
    Duration ownerGrace();

    Commission commission();

    interface CallingWindowConfig {

        @WithDefault("09:00")
        LocalTime opensAt();

        /** Before opensAt: the window runs across midnight; equal to opensAt: open all day. */
        @WithDefault("21:00")
        LocalTime closesAt();

        @WithDefault("Asia/Kolkata")
        ZoneId zone();
    }

    interface Commission {

        /** Percent of a conversion's value paid as commission. */
        @WithDefault("5")
        BigDecimal ratePercent();

        /** The primary agent's and the contributing agents' shares; they must total 100. */
        @WithDefault("70")
        BigDecimal primaryPercent();

        @WithDefault("30")
        BigDecimal contributorsPercent();
    }
}
