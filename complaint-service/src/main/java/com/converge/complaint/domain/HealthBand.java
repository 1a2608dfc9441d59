package com.converge.complaint.domain;

import java.util.Locale;

public enum HealthBand {
    HEALTHY, WATCH, AT_RISK;

    public static final int HEALTHY_FROM = 70;

    public static HealthBand of(int score, int atRiskBelow) {
        return score >= HEALTHY_FROM ? HEALTHY : score < atRiskBelow ? AT_RISK : WATCH;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
