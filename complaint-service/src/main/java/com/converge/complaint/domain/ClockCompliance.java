package com.converge.complaint.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the runs of one clock ended: met, breached, or still pending. The share met counts decided
 * runs only (met and breached), one decimal; null while none is decided, which is not 0% nor 100%.
 */
public record ClockCompliance(long met, long breached, long pending) {

    public static final ClockCompliance NONE = new ClockCompliance(0, 0, 0);

    public ClockCompliance plus(SlaEpisode.Outcome outcome) {
        return switch (outcome) {
            case MET -> new ClockCompliance(met + 1, breached, pending);
            case BREACHED -> new ClockCompliance(met, breached + 1, pending);
            case PENDING -> new ClockCompliance(met, breached, pending + 1);
        };
    }

    public BigDecimal percentMet() {
        long decided = met + breached;
        return decided == 0 ? null
                : BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
    }
}
