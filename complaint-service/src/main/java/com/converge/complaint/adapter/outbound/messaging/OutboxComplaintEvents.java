package com.converge.complaint.adapter.outbound.messaging;

import com.converge.complaint.application.port.outbound.ComplaintEvents;
import com.converge.complaint.domain.Complaint;
import com.converge.kernel.application.Outbox;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.OrderId;
import com.converge.kernel.events.ComplaintCreated;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Maps complaint-service's domain to its published contracts and hands them to the outbox. */
@ApplicationScoped
public class OutboxComplaintEvents implements ComplaintEvents {

    private final Outbox outbox;

    OutboxComplaintEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Uni<Void> created(Complaint complaint) {
        return outbox.append(new ComplaintCreated(
                complaint.id().toString(),
                complaint.customerId().value(),
                complaint.type().wireName(),
                complaint.priority().wireName(),
                complaint.subject(),
                complaint.reference().booking().map(BookingId::toString).orElse(null),
                complaint.reference().order().map(OrderId::toString).orElse(null),
                complaint.responseDueAt(),
                complaint.resolutionDueAt(),
                complaint.createdAt()));
    }
}
