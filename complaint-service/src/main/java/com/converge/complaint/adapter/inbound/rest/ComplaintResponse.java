package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.domain.Complaint;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.OrderId;
import java.time.Instant;

public record ComplaintResponse(
        String id,
        long customerId,
        String type,
        String priority,
        String status,
        String subject,
        String description,
        String bookingId,
        String orderId,
        Instant createdAt,
        Instant responseDueAt,
        Instant resolutionDueAt) {

    static ComplaintResponse of(Complaint complaint) {
        return new ComplaintResponse(
                complaint.id().toString(),
                complaint.customerId().value(),
                complaint.type().wireName(),
                complaint.priority().wireName(),
                complaint.status().wireName(),
                complaint.subject(),
                complaint.description(),
                complaint.reference().booking().map(BookingId::toString).orElse(null),
                complaint.reference().order().map(OrderId::toString).orElse(null),
                complaint.createdAt(),
                complaint.responseDueAt(),
                complaint.resolutionDueAt());
    }
}
