package com.converge.complaint.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A complaint as read at a moment: with every clock's reading and the size of its thread. */
public record ComplaintDetails(Complaint complaint, List<SlaClockReading> clocks, long updateCount, Instant lastUpdateAt) {

    public static ComplaintDetails of(Complaint complaint, Instant now, long updateCount, Instant lastUpdateAt) {
        return new ComplaintDetails(complaint, Arrays.stream(SlaClockKind.values()).map(k -> complaint.reading(k, now)).toList(),
                updateCount, lastUpdateAt);
    }
}
