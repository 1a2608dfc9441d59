package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.domain.Complaint;
import com.converge.complaint.domain.ComplaintDetails;
import com.converge.complaint.domain.SlaClockKind;
import com.converge.complaint.domain.SlaClockReading;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.OrderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ComplaintResponse(
        String id,
        long customerId,
        @Schema(implementation = Vocabularies.Type.class) String type,
        @Schema(implementation = Vocabularies.PriorityValue.class) String priority,
        @Schema(implementation = Vocabularies.Status.class) String status,
        String subject,
        String description,
        String bookingId,
        String orderId,
        Instant createdAt,
        Instant responseDueAt,
        Instant resolutionDueAt,
        String assignee,
        int escalationLevel,
        ResolutionResponse resolution,
        String slaPolicy,
        Clocks clocks,
        long updateCount,
        Instant lastUpdateAt,
        long hoursOpen,
        CsatResponse csat) {

    public record CsatResponse(int rating, String comment, Instant recordedAt) {
    }

    public record ResolutionResponse(String summary, String compensation, BigDecimal compensationAmount, Instant resolvedAt) {
    }

    public record Clocks(ClockResponse firstResponse, ClockResponse nextResponse, ClockResponse resolution) {
    }

    /** Times in business seconds of the policy's calendar; {@code remainingSeconds} is negative once overdue. */
    public record ClockResponse(@Schema(implementation = Vocabularies.ClockState.class) String state, long targetSeconds, Instant dueAt, long elapsedSeconds, long remainingSeconds,
                                @Schema(implementation = Vocabularies.ClockOutcome.class) String outcome) {

        static ClockResponse of(SlaClockReading reading) {
            return new ClockResponse(reading.state().name().toLowerCase(Locale.ROOT), reading.target().toSeconds(),
                    reading.dueAt(), reading.elapsed().toSeconds(), reading.remaining().toSeconds(),
                    reading.outcome().name().toLowerCase(Locale.ROOT));
        }
    }

    static ComplaintResponse of(ComplaintDetails details) {
        Complaint complaint = details.complaint();
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
                complaint.resolutionDueAt(),
                complaint.assignee(),
                complaint.escalationLevel(),
                complaint.resolution() == null ? null : new ResolutionResponse(complaint.resolution().summary(),
                        complaint.resolution().compensation().kind().wireName(),
                        complaint.resolution().compensation().amount().amount(), complaint.resolvedAt()),
                complaint.policy().id(),
                new Clocks(clock(details, SlaClockKind.FIRST_RESPONSE), clock(details, SlaClockKind.NEXT_RESPONSE),
                        clock(details, SlaClockKind.RESOLUTION)),
                details.updateCount(),
                details.lastUpdateAt(),
                details.hoursOpen(),
                complaint.csat() == null ? null
                        : new CsatResponse(complaint.csat().rating(), complaint.csat().comment(), complaint.csat().recordedAt()));
    }

    private static ClockResponse clock(ComplaintDetails details, SlaClockKind kind) {
        return details.clocks().stream().filter(r -> r.clock() == kind).findFirst().map(ClockResponse::of).orElseThrow();
    }
}
