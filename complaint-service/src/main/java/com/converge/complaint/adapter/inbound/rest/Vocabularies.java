package com.converge.complaint.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The complaint API's closed sets of words, each one named schema that fields and filters refer to
 * ({@code @Schema(implementation = Vocabularies.Status.class)}), so a generated client gets one enum
 * per vocabulary. VocabulariesTest keeps each list equal to its domain enum.
 */
final class Vocabularies {

    private Vocabularies() {
    }

    @Schema(name = "ComplaintStatus", type = SchemaType.STRING,
            enumeration = {"open", "in_progress", "waiting_on_customer", "escalated", "resolved", "closed"})
    static final class Status {
    }

    @Schema(name = "ComplaintPriority", type = SchemaType.STRING, enumeration = {"low", "medium", "high", "critical"})
    static final class PriorityValue {
    }

    @Schema(name = "ComplaintType", type = SchemaType.STRING,
            enumeration = {"service_quality", "provider_behavior", "billing", "delay", "damage", "refund_request", "other"})
    static final class Type {
    }

    @Schema(name = "CustomerSegment", type = SchemaType.STRING, enumeration = {"standard", "premium", "vip"})
    static final class Segment {
    }

    @Schema(name = "SlaClockState", type = SchemaType.STRING, enumeration = {"idle", "running", "paused", "stopped"},
            description = "idle: not started (next response before the customer writes); stopped: fulfilled or closed")
    static final class ClockState {
    }

    @Schema(name = "SlaClockOutcome", type = SchemaType.STRING, enumeration = {"pending", "met", "breached"})
    static final class ClockOutcome {
    }
}
