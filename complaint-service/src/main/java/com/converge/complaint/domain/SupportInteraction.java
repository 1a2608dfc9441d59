package com.converge.complaint.domain;

import java.time.Instant;

/**
 * One contact between support and a customer: a call, or a public message on one of their
 * complaints (internal notes are not contact with the customer). {@code summary} is the call's
 * outcome or the message text.
 */
public record SupportInteraction(Kind kind, String id, Instant at, String complaintId, String actor, String summary) {

    public enum Kind { CALL, COMPLAINT_MESSAGE }
}
