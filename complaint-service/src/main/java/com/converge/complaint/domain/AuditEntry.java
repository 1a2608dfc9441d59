package com.converge.complaint.domain;

import java.time.Instant;

/** One line of a complaint's audit trail: who did what, and when. */
public record AuditEntry(String actor, String action, String detail, Instant at) {
}
