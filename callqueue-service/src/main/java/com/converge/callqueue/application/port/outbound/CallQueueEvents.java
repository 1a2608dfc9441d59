package com.converge.callqueue.application.port.outbound;

import com.converge.callqueue.domain.CallRecord;
import com.converge.callqueue.domain.Conversion;
import com.converge.callqueue.domain.QueueEntry;
import io.smallrye.mutiny.Uni;

/** What callqueue-service tells the other contexts, through the outbox. */
public interface CallQueueEvents {

    Uni<Void> callCompleted(CallRecord call, QueueEntry entry);

    Uni<Void> callbackScheduled(QueueEntry entry);

    Uni<Void> orderVerificationCompleted(CallRecord call, QueueEntry entry, String notes);

    Uni<Void> conversionRecorded(Conversion conversion);
}
