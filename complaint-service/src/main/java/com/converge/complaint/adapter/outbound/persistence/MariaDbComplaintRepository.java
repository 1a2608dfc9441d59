package com.converge.complaint.adapter.outbound.persistence;

import com.converge.complaint.application.port.outbound.ComplaintRepository;
import com.converge.complaint.domain.Complaint;
import com.converge.complaint.domain.ComplaintReference;
import com.converge.complaint.domain.ComplaintStatus;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.Priority;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.OrderId;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class MariaDbComplaintRepository implements ComplaintRepository {

    private final ComplaintPanacheRepository panache;

    MariaDbComplaintRepository(ComplaintPanacheRepository panache) {
        this.panache = panache;
    }

    @Override
    public Uni<Void> add(Complaint complaint) {
        return panache.persist(toEntity(complaint)).replaceWithVoid();
    }

    @Override
    public Uni<Optional<Complaint>> findById(ComplaintId id) {
        return panache.findById(id.toString()).map(entity -> Optional.ofNullable(entity).map(MariaDbComplaintRepository::toDomain));
    }

    private static ComplaintEntity toEntity(Complaint complaint) {
        ComplaintEntity entity = new ComplaintEntity();
        entity.id = complaint.id().toString();
        entity.customerId = complaint.customerId().value();
        entity.type = complaint.type().name();
        entity.priority = complaint.priority().name();
        entity.status = complaint.status().name();
        entity.subject = complaint.subject();
        entity.description = complaint.description();
        entity.bookingId = complaint.reference().booking().map(BookingId::toString).orElse(null);
        entity.orderId = complaint.reference().order().map(OrderId::toString).orElse(null);
        entity.createdAt = complaint.createdAt();
        entity.responseDueAt = complaint.responseDueAt();
        entity.resolutionDueAt = complaint.resolutionDueAt();
        return entity;
    }

    private static Complaint toDomain(ComplaintEntity entity) {
        return new Complaint(ComplaintId.of(entity.id), new CustomerId(entity.customerId),
                ComplaintType.valueOf(entity.type), Priority.valueOf(entity.priority), ComplaintStatus.valueOf(entity.status),
                entity.subject, entity.description,
                new ComplaintReference(entity.bookingId == null ? null : BookingId.of(entity.bookingId),
                        entity.orderId == null ? null : OrderId.of(entity.orderId)),
                entity.createdAt, entity.responseDueAt, entity.resolutionDueAt);
    }
}
