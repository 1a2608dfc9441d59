package com.converge.complaint.application.port.inbound;

import io.smallrye.mutiny.Uni;

public interface RecordPurchaseUseCase {

    /** Remembers a booking or order so complaints can reference it. */
    Uni<Void> record(RecordPurchaseCommand command);
}
