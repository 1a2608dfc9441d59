package com.converge.complaint.domain;

import java.util.Locale;

/** What a customer's health is weighed from. */
public enum HealthDimension {
    /** Recency and frequency of bookings and orders, and milestones reached. */
    ENGAGEMENT,
    /** CSAT ratings and bad outcomes. */
    SATISFACTION,
    /** Open complaints, SLA breaches, escalations and support calls. */
    SUPPORT,
    /** Cancellations, refunds and returns. */
    COMMERCIAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
