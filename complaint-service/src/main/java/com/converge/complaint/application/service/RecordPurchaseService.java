package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.RecordPurchaseCommand;
import com.converge.complaint.application.port.inbound.RecordPurchaseUseCase;
import com.converge.complaint.application.port.outbound.CustomerHealthRecords;
import com.converge.complaint.application.port.outbound.Purchases;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;

/**
 * Runs inside the inbox's transaction, so the purchase, the customer's reassessment mark and the
 * event's inbox row commit together.
 */
public class RecordPurchaseService implements RecordPurchaseUseCase {

    private final Purchases purchases;
    private final CustomerHealthRecords health;
    private final TimeSource clock;

    public RecordPurchaseService(Purchases purchases, CustomerHealthRecords health, TimeSource clock) {
        this.purchases = purchases;
        this.health = health;
        this.clock = clock;
    }

    @Override
    public Uni<Void> record(RecordPurchaseCommand command) {
        return purchases.record(command.purchase())
                .chain(() -> health.markDue(command.purchase().customerId(), clock.now()));
    }
}
