package com.converge.complaint.domain;

import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Suggests a new complaint's priority by points: what it is about, how much money it concerns, how
 * healthy the customer is and how often they complained lately. 6+ is critical, 4+ high, 2+ medium.
 */
public final class Triage {

    public static final BigDecimal HIGH_VALUE = new BigDecimal("10000.00");
    public static final BigDecimal MEDIUM_VALUE = new BigDecimal("2000.00");
    public static final int REPEAT_COMPLAINTS = 3;

    private Triage() {
    }

    /**
     * @param referencedValue the referenced booking's or order's total, if there is one
     * @param healthScore the customer's current health score, if known
     * @param complaintsLast30Days the customer's complaints raised in the 30 days before this one
     */
    public static TriageSuggestion suggest(ComplaintType type, Optional<Money> referencedValue, Optional<Integer> healthScore,
                                           long complaintsLast30Days, int atRiskBelow) {
        List<String> reasons = new ArrayList<>();
        int points = typePoints(type);
        reasons.add("type " + type.wireName() + ": +" + points);
        if (referencedValue.isPresent()) {
            BigDecimal value = referencedValue.get().amount();
            int valuePoints = value.compareTo(HIGH_VALUE) >= 0 ? 2 : value.compareTo(MEDIUM_VALUE) >= 0 ? 1 : 0;
            reasons.add("referenced purchase worth INR " + value.toPlainString() + ": +" + valuePoints);
            points += valuePoints;
        }
        if (healthScore.isPresent()) {
            int score = healthScore.get();
            int healthPoints = score < atRiskBelow ? 2 : score < HealthBand.HEALTHY_FROM ? 1 : 0;
            reasons.add("customer health " + score + ": +" + healthPoints);
            points += healthPoints;
        }
        int repeatPoints = complaintsLast30Days >= REPEAT_COMPLAINTS ? 2 : complaintsLast30Days >= 1 ? 1 : 0;
        reasons.add(complaintsLast30Days + " complaints in the last 30 days: +" + repeatPoints);
        points += repeatPoints;
        Priority priority = points >= 6 ? Priority.CRITICAL : points >= 4 ? Priority.HIGH : points >= 2 ? Priority.MEDIUM : Priority.LOW;
        return new TriageSuggestion(priority, points, reasons);
    }

    /** Damage and the conduct of a provider weigh most; a question about money next. */
    static int typePoints(ComplaintType type) {
        return switch (type) {
            case DAMAGE, PROVIDER_BEHAVIOR -> 2;
            case BILLING, REFUND_REQUEST, DELAY, SERVICE_QUALITY -> 1;
            case OTHER -> 0;
        };
    }
}
