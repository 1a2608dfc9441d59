package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.domain.Attachment;
import com.converge.complaint.domain.AuditEntry;
import com.converge.complaint.domain.ComplaintUpdate;
import com.converge.complaint.domain.SlaLogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

final class ThreadResponses {

    private ThreadResponses() {
    }

    record UpdateResponse(@Schema(required = true, example = "5f0c2a8e-3b71-4d9a-a6e2-9c41d7b05e38") String id,
                          @Schema(required = true, description = "The customer id or the support user's id", example = "42") String author,
                          @Schema(required = true, description = "customer or support", example = "customer") String authorRole,
                          @Schema(required = true, example = "false") boolean internal,
                          @Schema(required = true, example = "Still nobody has come, and the kitchen tap keeps leaking. Photo attached.")
                          String body,
                          @Schema(required = true) List<AttachmentResponse> attachments,
                          @Schema(required = true, example = "2026-11-20T05:52:14.805112Z") Instant createdAt) {

        static UpdateResponse of(ComplaintUpdate update) {
            return new UpdateResponse(update.id().toString(), update.author(),
                    update.authorRole().name().toLowerCase(Locale.ROOT), update.isInternal(), update.body(),
                    update.attachments().stream().map(AttachmentResponse::of).toList(), update.createdAt());
        }
    }

    @Schema(name = "Attachment")
    record AttachmentResponse(@Schema(required = true, example = "leak-photo.jpg") String name,
                              @Schema(required = true, example = "image/jpeg") String contentType,
                              @Schema(required = true, example = "482133") long sizeBytes,
                              @Schema(required = true, example = "https://files.example.in/c/01935f80-4d1e-7a2b-9c3d-4e5f6a7b8c02/leak-photo.jpg")
                              String url) {

        static AttachmentResponse of(Attachment attachment) {
            return new AttachmentResponse(attachment.name(), attachment.contentType(), attachment.sizeBytes(), attachment.url());
        }
    }

    record AuditResponse(@Schema(required = true, description = "Who: a user id, or system for the SLA monitor", example = "s-1") String actor,
                         @Schema(required = true, description = "assigned, status_changed, priority_changed, resolved, escalated, csat_recorded, "
                                 + "comment_added, internal_note_added, or sla_ and the SLA log's kind", example = "assigned")
                         String action,
                         @Schema(example = "s-1 -> s-7") String detail,
                         @Schema(required = true, example = "2026-11-20T05:41:08.552190Z") Instant at) {

        static AuditResponse of(AuditEntry entry) {
            return new AuditResponse(entry.actor(), entry.action(), entry.detail(), entry.at());
        }
    }

    record SlaLogResponse(@Schema(required = true, description = "first_response, next_response or resolution", example = "first_response")
                          String clock,
                          @Schema(required = true, description = "applied, paused, resumed, warned, breached or fulfilled", example = "applied")
                          String kind,
                          @Schema(example = "applied policy default") String reason,
                          @Schema(description = "The clock's due time after it; null unless the clock runs",
                                  example = "2026-11-20T09:30:00.123456Z") Instant dueAt,
                          @Schema(required = true, description = "Paused within 10 minutes of a customer message", example = "false")
                          boolean suspicious,
                          @Schema(required = true, example = "42") String actor,
                          @Schema(required = true, example = "2026-11-20T05:30:00.123456Z") Instant at) {

        static SlaLogResponse of(SlaLogEntry entry) {
            return new SlaLogResponse(entry.clock().wireName(), entry.kind().wireName(), entry.reason(), entry.dueAt(),
                    entry.suspicious(), entry.actor(), entry.at());
        }
    }
}
