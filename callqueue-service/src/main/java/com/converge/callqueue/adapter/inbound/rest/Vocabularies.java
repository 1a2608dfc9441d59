package com.converge.callqueue.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The call queue API's closed sets of words, each one named schema that fields and parameters refer
 * to ({@code @Schema(implementation = Vocabularies.Queue.class)}), so a generated client gets one enum
 * per vocabulary. VocabulariesTest keeps each list equal to its domain enum.
 */
final class Vocabularies {

    private Vocabularies() {
    }

    @Schema(name = "CallQueue", type = SchemaType.STRING, enumeration = {"unsigned_users", "outstanding_requests"},
            description = "unsigned_users: registered customers who never bought (leads); outstanding_requests: work "
                    + "that needs a call")
    static final class Queue {
    }

    // the pattern is what the request's outcome said before it referred here, so released clients see no change
    @Schema(name = "CallOutcome", type = SchemaType.STRING,
            enumeration = {"connected", "verified", "refused", "callback_requested", "not_interested", "no_answer",
                    "busy", "voicemail", "wrong_number"},
            description = "verified and refused are only for order verification calls",
            pattern = "\\S")
    static final class Outcome {
    }

    @Schema(name = "EntrySource", type = SchemaType.STRING,
            enumeration = {"registration", "order_verification", "complaint", "complaint_escalated", "sla_breached",
                    "customer_at_risk"},
            description = "The event that put the customer in the queue, or last gave the entry another reason")
    static final class Source {
    }
}
