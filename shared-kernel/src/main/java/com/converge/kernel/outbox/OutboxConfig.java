package com.converge.kernel.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "converge.outbox")
public interface OutboxConfig {

    /** How often the relay looks for rows that no commit on this replica announced (crash leftovers, other replicas). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Rows published per relay transaction. */
    @WithDefault("200")
    int batchSize();

    /** Backoff after the first failed publish; doubles per failure up to {@link #maxBackoff()}. */
    @WithDefault("200ms")
    Duration initialBackoff();

    @WithDefault("30s")
    Duration maxBackoff();

    /** How long published rows are kept for audit before the cleanup removes them. */
    @WithDefault("P7D")
    Duration retention();

    /** How long shutdown waits for a publish in flight to finish. */
    @WithDefault("10s")
    Duration shutdownGrace();
}
