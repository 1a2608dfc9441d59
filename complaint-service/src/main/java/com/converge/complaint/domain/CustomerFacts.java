package com.converge.complaint.domain;

import java.time.Instant;

/**
 * What complaint-service knows about a customer at a moment, counted over the windows the scoring
 * rules use. {@code lastPurchaseAt} is null when the customer never booked nor ordered.
 */
public record CustomerFacts(
        Instant lastPurchaseAt, int purchasesLast180Days, int milestonesReached,
        int ratingsLast365Days, int ratingSumLast365Days, int badRatingsLast365Days, int compensatedLast365Days,
        int openComplaints, int breachesLast90Days, int escalationsLast90Days, int supportCallsLast30Days,
        int purchasesLast365Days, int cancellationsLast365Days, int refundsLast365Days, int returnsLast365Days) {

    public static final CustomerFacts NONE = new CustomerFacts(null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Whether anything at all is known: a customer with no facts has no health. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
