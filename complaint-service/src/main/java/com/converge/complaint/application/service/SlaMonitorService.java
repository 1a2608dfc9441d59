package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.RunSlaMonitorUseCase;
import com.converge.complaint.application.port.outbound.ComplaintRepository;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/**
 * Each warning, breach and escalation happens once: the monitor claims due complaints with a
 * skipping lock, and the complaint itself remembers what it already reported, in the same
 * transaction as the outbox rows of those events. A pass is one transaction: the claim of up to
 * {@code batchSize} due complaints, then their checks stored together (see ComplaintStore#storeSlaChecks),
 * so its statements do not grow with the batch.
 */
public class SlaMonitorService implements RunSlaMonitorUseCase {

    private final ComplaintStore store;
    private final ComplaintRepository complaints;
    private final int batchSize;

    public SlaMonitorService(ComplaintStore store, ComplaintRepository complaints, int batchSize) {
        this.store = store;
        this.complaints = complaints;
        this.batchSize = batchSize;
    }

    @Override
    public Uni<Integer> runOnce() {
        return store.unitOfWork().transactionally(() -> {
            Instant now = store.now();
            return complaints.claimDueForSlaCheck(now, batchSize).chain(due -> {
                if (due.isEmpty()) {
                    return Uni.createFrom().item(0);
                }
                due.forEach(complaint -> complaint.checkSla(now));
                return store.storeSlaChecks(due).replaceWith(due.size());
            });
        });
    }
}
