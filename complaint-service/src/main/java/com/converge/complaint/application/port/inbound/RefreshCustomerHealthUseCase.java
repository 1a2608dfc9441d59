package com.converge.complaint.application.port.inbound;

import io.smallrye.mutiny.Uni;

public interface RefreshCustomerHealthUseCase {

    /**
     * Reassesses the customers whose facts changed, each in its own transaction under a skipping lock (so
     * replicas share the work and raising a complaint never waits for a pass), stores each score with the
     * day's snapshot, and publishes what is news. Returns how many were reassessed.
     */
    Uni<Integer> refreshDue();

    /** Marks every customer not assessed yet today as due: recency decays, and the trend needs a daily score. */
    Uni<Integer> markDailyRefresh();
}
