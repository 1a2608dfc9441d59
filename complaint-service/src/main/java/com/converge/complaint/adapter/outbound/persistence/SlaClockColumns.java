package com.converge.complaint.adapter.outbound.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One SLA clock's columns on the complaint row (prefixed fr_, nr_, res_). */
@Embeddable
public class SlaClockColumns {

    @Column(name = "target_seconds")
    public long targetSeconds;

    public String state;

    @Column(name = "consumed_micros")
    public long consumedMicros;

    @Column(name = "running_since")
    public Instant runningSince;

    @Column(name = "stopped_at")
    public Instant stoppedAt;

    public boolean warned;
    public boolean breached;
}
