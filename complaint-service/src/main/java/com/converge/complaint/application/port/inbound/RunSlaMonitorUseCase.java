package com.converge.complaint.application.port.inbound;

import io.smallrye.mutiny.Uni;

public interface RunSlaMonitorUseCase {

    /**
     * One pass: claims complaints whose SLA check time has come, warns, reports breaches and
     * escalates. Returns how many complaints it checked.
     */
    Uni<Integer> runOnce();
}
