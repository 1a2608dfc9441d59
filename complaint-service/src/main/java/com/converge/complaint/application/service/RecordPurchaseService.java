package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.RecordPurchaseCommand;
import com.converge.complaint.application.port.inbound.RecordPurchaseUseCase;
import com.converge.complaint.application.port.outbound.Purchases;
import io.smallrye.mutiny.Uni;

/** Runs inside the inbox's transaction, so the purchase and the event's inbox row commit together. */
public class RecordPurchaseService implements RecordPurchaseUseCase {

    private final Purchases purchases;

    public RecordPurchaseService(Purchases purchases) {
        this.purchases = purchases;
    }

    @Override
    public Uni<Void> record(RecordPurchaseCommand command) {
        return purchases.record(command.purchase());
    }
}
