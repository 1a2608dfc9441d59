package com.converge.complaint.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** converge.sla-monitor.*: how often the monitor looks for due complaints, and how many per pass. */
@ConfigMapping(prefix = "converge.sla-monitor")
public interface SlaMonitorConfig {

    /** Read by the scheduler's own expression; declared so the property is known. */
    @WithDefault("5s")
    String interval();

    /** Complaints claimed and checked in one pass (one transaction); a full batch runs the next pass at once. */
    @WithDefault("100")
    int batchSize();
}
