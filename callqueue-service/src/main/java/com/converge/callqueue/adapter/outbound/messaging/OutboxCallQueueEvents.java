package com.converge.callqueue.adapter.outbound.messaging;

import com.converge.callqueue.application.port.outbound.CallQueueEvents;
import com.converge.callqueue.domain.CallOutcome;
import com.converge.callqueue.domain.CallRecord;
import com.converge.callqueue.domain.Callback;
import com.converge.callqueue.domain.Conversion;
import com.converge.callqueue.domain.QueueEntry;
import com.converge.kernel.application.Outbox;
import com.converge.kernel.events.CallCompleted;
import com.converge.kernel.events.CallbackScheduled;
import com.converge.kernel.events.ConversionRecorded;
import com.converge.kernel.events.OrderVerificationCompleted;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Maps callqueue-service's domain to its published contracts and hands them to the outbox. */
@ApplicationScoped
public class OutboxCallQueueEvents implements CallQueueEvents {

    private final Outbox outbox;

    OutboxCallQueueEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Uni<Void> callCompleted(CallRecord call, QueueEntry entry) {
        return outbox.append(new CallCompleted(call.id().toString(), entry.id().toString(), call.customerId().value(),
                call.agentId(), entry.queue().wireName(), call.outcome().wireName(), call.connected(),
                call.durationSeconds(), entry.context().complaintId(), entry.context().orderId(), call.completedAt()));
    }

    @Override
    public Uni<Void> callbackScheduled(QueueEntry entry) {
        Callback callback = entry.callback();
        return outbox.append(new CallbackScheduled(entry.id().toString(), entry.customerId().value(),
                entry.queue().wireName(), callback.dueAt(), callback.reason(), callback.ownerAgent(), entry.updatedAt()));
    }

    @Override
    public Uni<Void> orderVerificationCompleted(CallRecord call, QueueEntry entry, String notes) {
        boolean verified = call.outcome() == CallOutcome.VERIFIED;
        String reason = notes != null && !notes.isBlank() ? notes : call.outcome().wireName();
        return outbox.append(new OrderVerificationCompleted(entry.context().orderId(), call.customerId().value(),
                verified, call.agentId(), reason, call.completedAt()));
    }

    @Override
    public Uni<Void> conversionRecorded(Conversion conversion) {
        return outbox.append(new ConversionRecorded(conversion.id().toString(), conversion.customerId().value(),
                conversion.conversionType(), conversion.referenceId(), conversion.value().amount(),
                conversion.primaryAgent(),
                conversion.shares().stream().map(s -> new ConversionRecorded.AgentShare(s.agentId(), s.sharePercent(),
                        s.commission().amount())).toList(),
                conversion.commission().amount(), conversion.convertedAt()));
    }
}
