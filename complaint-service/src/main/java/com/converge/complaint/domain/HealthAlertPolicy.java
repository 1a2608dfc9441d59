package com.converge.complaint.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a new score is news. CustomerHealthChanged: the first score, a move of at least
 * {@code changeThreshold} points from the last published one, or a change of band. CustomerAtRisk:
 * on entering risk (below {@code atRiskBelow}, or more than {@code dropPoints} under the best score
 * of the last {@code dropWindow}), once; the customer must leave risk before it is raised again.
 */
public record HealthAlertPolicy(int changeThreshold, int atRiskBelow, int dropPoints, Duration dropWindow) {

    public HealthAlertPolicy {
        if (changeThreshold < 1 || changeThreshold > 100) {
            throw new IllegalArgumentException("changeThreshold must be 1..100");
        }
        if (atRiskBelow < 0 || atRiskBelow > 100) {
            throw new IllegalArgumentException("atRiskBelow must be 0..100");
        }
        if (dropPoints < 1 || dropPoints > 100) {
            throw new IllegalArgumentException("dropPoints must be 1..100");
        }
        Objects.requireNonNull(dropWindow, "dropWindow");
    }

    /** What is known from before: the last score, the last published one, and whether risk was raised. */
    public record Standing(Integer lastScore, Integer publishedScore, boolean atRisk) {
        public static final Standing UNKNOWN = new Standing(null, null, false);
    }

    /** {@code atRiskReason} is non-null only when CustomerAtRisk is due now. */
    public record Verdict(boolean changed, boolean atRisk, String atRiskReason) {
    }

    /** {@code windowHigh}: the best daily score within the drop window, null without history. */
    public Verdict judge(Standing before, int score, Integer windowHigh) {
        Integer published = before.publishedScore();
        boolean changed = published == null || Math.abs(score - published) >= changeThreshold
                || HealthBand.of(score, atRiskBelow) != HealthBand.of(published, atRiskBelow);
        List<String> reasons = new ArrayList<>();
        if (score < atRiskBelow) {
            reasons.add("score " + score + " is below " + atRiskBelow);
        }
        if (windowHigh != null && windowHigh - score > dropPoints) {
            reasons.add("dropped " + (windowHigh - score) + " points from " + windowHigh + " within "
                    + dropWindow.toDays() + " days");
        }
        boolean atRisk = !reasons.isEmpty();
        return new Verdict(changed, atRisk, atRisk && !before.atRisk() ? String.join("; ", reasons) : null);
    }
}
