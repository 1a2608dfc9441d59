package com.converge.complaint.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A complaint as read at a moment: with every clock's reading and the size of its thread. */
public record ComplaintDetails(Complaint complaint, List<SlaClockReading> clocks, long updateCount, Instant lastUpdateAt,
                               Instant readAt) {

    public static ComplaintDetails of(Complaint complaint, Instant now, long updateCount, Instant lastUpdateAt) {
        return new ComplaintDetails(complaint, Arrays.stream(SlaClockKind.values()).map(k -> complaint.reading(k, now)).toList(),
                updateCount, lastUpdateAt, now);
    }

    /** Wall-clock hours since it was raised, for as long as it is unresolved; until resolution otherwise. */
    public long hoursOpen() {
        Instant end = complaint.resolvedAt() != null && !complaint.status().isUnresolved() ? complaint.resolvedAt() : readAt;
        return Duration.between(complaint.createdAt(), end).toHours();
    }
}
