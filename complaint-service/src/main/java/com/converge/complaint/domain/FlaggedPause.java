package com.converge.complaint.domain;

import java.time.Instant;

/**
 * A pause the gaming check flagged: the complaint was set waiting on the customer within
 * {@link Complaint#SUSPICIOUS_PAUSE_WINDOW} of the customer's message, which stops the SLA clocks
 * just when the customer had answered.
 */
public record FlaggedPause(String complaintId, Instant pausedAt, String pausedBy, String reason, String assignee) {
}
