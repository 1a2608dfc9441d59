package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.domain.Attachment;
import com.converge.complaint.domain.AuditEntry;
import com.converge.complaint.domain.ComplaintUpdate;
import com.converge.complaint.domain.SlaLogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

final class ThreadResponses {

    private ThreadResponses() {
    }

    record UpdateResponse(String id, String author, String authorRole, boolean internal, String body,
                          List<Attachment> attachments, Instant createdAt) {

        static UpdateResponse of(ComplaintUpdate update) {
            return new UpdateResponse(update.id().toString(), update.author(),
                    update.authorRole().name().toLowerCase(Locale.ROOT), update.isInternal(), update.body(),
                    update.attachments(), update.createdAt());
        }
    }

    record AuditResponse(String actor, String action, String detail, Instant at) {

        static AuditResponse of(AuditEntry entry) {
            return new AuditResponse(entry.actor(), entry.action(), entry.detail(), entry.at());
        }
    }

    record SlaLogResponse(String clock, String kind, String reason, Instant dueAt, boolean suspicious, String actor, Instant at) {

        static SlaLogResponse of(SlaLogEntry entry) {
            return new SlaLogResponse(entry.clock().wireName(), entry.kind().wireName(), entry.reason(), entry.dueAt(),
                    entry.suspicious(), entry.actor(), entry.at());
        }
    }
}
