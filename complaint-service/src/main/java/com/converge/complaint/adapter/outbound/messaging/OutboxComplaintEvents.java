package com.converge.complaint.adapter.outbound.messaging;

import com.converge.complaint.application.port.outbound.ComplaintEvents;
import com.converge.complaint.domain.Compensation;
import com.converge.complaint.domain.ChangedComplaint;
import com.converge.complaint.domain.Complaint;
import com.converge.complaint.domain.ComplaintChange;
import com.converge.complaint.domain.SlaLogEntry;
import com.converge.kernel.application.Outbox;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.OrderId;
import com.converge.kernel.events.ComplaintAssigned;
import com.converge.kernel.events.ComplaintCreated;
import com.converge.kernel.events.ComplaintEscalated;
import com.converge.kernel.events.ComplaintResolved;
import com.converge.kernel.events.ComplaintStatusChanged;
import com.converge.kernel.events.CsatRecorded;
import com.converge.kernel.events.IntegrationEvent;
import com.converge.kernel.events.SlaBreached;
import com.converge.kernel.events.SlaWarning;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps complaint-service's domain to its published contracts and hands them to the outbox. No
 * event carries thread text, so internal notes cannot leak through one.
 */
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

    @Override
    public Uni<Void> changed(Complaint complaint, List<ComplaintChange> changes) {
        return changed(List.of(new ChangedComplaint(complaint, changes)));
    }

    @Override
    public Uni<Void> changed(List<ChangedComplaint> changed) {
        List<IntegrationEvent> events = new ArrayList<>();
        for (ChangedComplaint each : changed) {
            for (ComplaintChange change : each.changes()) {
                IntegrationEvent event = toEvent(each.complaint(), change);
                if (event != null) {
                    events.add(event);
                }
            }
        }
        return events.isEmpty() ? Uni.createFrom().voidItem() : outbox.append(events);
    }

    private static IntegrationEvent toEvent(Complaint complaint, ComplaintChange change) {
        String id = complaint.id().toString();
        long customer = complaint.customerId().value();
        if (change instanceof ComplaintChange.Assigned c) {
            return new ComplaintAssigned(id, customer, c.assignee(), c.previousAssignee(), c.actor(), c.at());
        }
        if (change instanceof ComplaintChange.StatusChanged c) {
            return new ComplaintStatusChanged(id, customer, c.from().wireName(), c.to().wireName(), c.actor(), c.at());
        }
        if (change instanceof ComplaintChange.Resolved c) {
            Compensation compensation = c.resolution().compensation();
            return new ComplaintResolved(id, customer,
                    complaint.reference().booking().map(BookingId::toString).orElse(null),
                    complaint.reference().order().map(OrderId::toString).orElse(null),
                    c.resolution().summary(), compensation.kind().wireName(), compensation.amount().amount(), c.actor(), c.at());
        }
        if (change instanceof ComplaintChange.Escalated c) {
            return new ComplaintEscalated(id, customer, complaint.priority().wireName(), c.level(), c.reason(), c.at());
        }
        if (change instanceof ComplaintChange.Rated c) {
            return new CsatRecorded(id, customer, c.csat().rating(), c.csat().comment(), complaint.assignee(),
                    complaint.type().wireName(), c.at());
        }
        if (change instanceof ComplaintChange.SlaLogged c) {
            SlaLogEntry entry = c.entry();
            if (entry.kind() == SlaLogEntry.Kind.WARNED) {
                return new SlaWarning(id, customer, complaint.priority().wireName(), entry.clock().wireName(), entry.dueAt(), entry.at());
            }
            if (entry.kind() == SlaLogEntry.Kind.BREACHED) {
                return new SlaBreached(id, customer, complaint.priority().wireName(), entry.clock().wireName(), entry.dueAt(), entry.at());
            }
        }
        return null;
    }
}
