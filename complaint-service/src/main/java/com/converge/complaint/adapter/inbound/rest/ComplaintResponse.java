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
        @Schema(required = true, description = "UUIDv7", example = "01935f80-4d1e-7a2b-9c3d-4e5f6a7b8c02") String id,
        @Schema(required = true, example = "42") long customerId,
        @Schema(required = true, implementation = Vocabularies.Type.class) String type,
        @Schema(required = true, implementation = Vocabularies.PriorityValue.class) String priority,
        @Schema(required = true, implementation = Vocabularies.Status.class) String status,
        @Schema(required = true, example = "Plumber did not arrive") String subject,
        @Schema(required = true, example = "The slot was 08:00-10:00 and nobody came.") String description,
        @Schema(example = "01935f7e-1c2a-7b3d-8e4f-5a6b7c8d9e01") String bookingId,
        @Schema(example = "01935f82-7a3b-7c4d-8e5f-6a7b8c9d0e03") String orderId,
        @Schema(required = true, example = "2026-11-20T05:30:00.123456Z") Instant createdAt,
        @Schema(description = "Null unless the first-response clock runs", example = "2026-11-20T09:30:00.123456Z") Instant responseDueAt,
        @Schema(description = "Null unless the resolution clock runs", example = "2026-11-21T05:30:00.123456Z") Instant resolutionDueAt,
        @Schema(description = "The support user handling it", example = "s-7") String assignee,
        @Schema(required = true, description = "0 until the resolution target is overrun, then 1-3: one per escalation threshold passed",
                example = "0") int escalationLevel,
        ResolutionResponse resolution,
        @Schema(required = true, description = "The SLA policy it was raised under", example = "default") String slaPolicy,
        @Schema(required = true) Clocks clocks,
        @Schema(required = true, example = "2") long updateCount,
        @Schema(example = "2026-11-20T06:10:27.390114Z") Instant lastUpdateAt,
        @Schema(required = true, description = "Wall-clock hours since it was raised", example = "1") long hoursOpen,
        CsatResponse csat) {

    public record CsatResponse(@Schema(required = true, minimum = "1", maximum = "5", example = "4") int rating,
                               @Schema(example = "Sorted quickly") String comment,
                               @Schema(required = true, example = "2026-11-21T03:12:45.660318Z") Instant recordedAt) {
    }

    public record ResolutionResponse(@Schema(required = true, example = "Rebooked with another plumber") String summary,
                                     @Schema(required = true, example = "wallet_credit",
                                             description = "none, wallet_credit (a booking complaint) or order_refund (an order complaint)")
                                     String compensation,
                                     @Schema(required = true, description = "INR, two decimals; 0.00 without compensation", example = "250.00")
                                     BigDecimal compensationAmount,
                                     @Schema(required = true, example = "2026-11-20T11:05:37.291604Z") Instant resolvedAt) {
    }

    public record Clocks(@Schema(required = true) ClockResponse firstResponse, @Schema(required = true) ClockResponse nextResponse,
                         @Schema(required = true) ClockResponse resolution) {
    }

    /** Times in business seconds of the policy's calendar; {@code remainingSeconds} is negative once overdue. */
    public record ClockResponse(@Schema(required = true, implementation = Vocabularies.ClockState.class) String state,
                                @Schema(required = true, example = "86400") long targetSeconds,
                                @Schema(description = "Null unless the clock runs", example = "2026-11-21T05:30:00.123456Z") Instant dueAt,
                                @Schema(required = true, example = "3600") long elapsedSeconds,
                                @Schema(required = true, example = "82800") long remainingSeconds,
                                @Schema(required = true, implementation = Vocabularies.ClockOutcome.class) String outcome) {

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
