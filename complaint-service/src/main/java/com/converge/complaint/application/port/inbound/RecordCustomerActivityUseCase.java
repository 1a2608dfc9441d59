package com.converge.complaint.application.port.inbound;

import io.smallrye.mutiny.Uni;

/**
 * What other contexts tell complaint-service about a customer, for their health, milestones and
 * support interactions. Runs inside the inbox's transaction, so each event has its effect once.
 */
public interface RecordCustomerActivityUseCase {

    /** A booking completed, cancelled or refunded; an order delivered, cancelled or returned. */
    Uni<Void> purchaseProgressed(RecordPurchaseOutcomeCommand command);

    /** A referral reward reached the customer's wallet. */
    Uni<Void> referralRewarded(RecordReferralCommand command);

    /** The call centre finished a call with the customer. */
    Uni<Void> callCompleted(RecordCallCommand command);
}
