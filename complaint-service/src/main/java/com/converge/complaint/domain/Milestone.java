package com.converge.complaint.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a customer reached, learnt from booking and order events; each once per customer. */
public enum Milestone {
    FIRST_BOOKING_COMPLETED, FIFTH_BOOKING_COMPLETED, FIRST_ORDER_DELIVERED, FIRST_REFERRAL;

    public static final int FIFTH = 5;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The milestones a completed booking or delivered order may reach, given how many the customer has completed now. */
    public static List<Milestone> reachedByCompletion(Purchase.Kind kind, long completedOfKind) {
        List<Milestone> reached = new ArrayList<>();
        if (kind == Purchase.Kind.ORDER) {
            reached.add(FIRST_ORDER_DELIVERED);
            return reached;
        }
        reached.add(FIRST_BOOKING_COMPLETED);
        if (completedOfKind >= FIFTH) {
            reached.add(FIFTH_BOOKING_COMPLETED);
        }
        return reached;
    }
}
