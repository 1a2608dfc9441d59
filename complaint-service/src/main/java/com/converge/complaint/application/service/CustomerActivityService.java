package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.RecordCallCommand;
import com.converge.complaint.application.port.inbound.RecordCustomerActivityUseCase;
import com.converge.complaint.application.port.inbound.RecordPurchaseOutcomeCommand;
import com.converge.complaint.application.port.inbound.RecordReferralCommand;
import com.converge.complaint.application.port.outbound.CustomerHealthRecords;
import com.converge.complaint.application.port.outbound.CustomerMilestones;
import com.converge.complaint.application.port.outbound.Purchases;
import com.converge.complaint.application.port.outbound.SupportInteractions;
import com.converge.complaint.domain.CustomerMilestone;
import com.converge.complaint.domain.Milestone;
import com.converge.complaint.domain.PurchaseOutcome;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Runs inside the inbox's transaction: the fact, any milestone it reaches and the customer's
 * reassessment mark commit with the event's inbox row, so a redelivered event changes nothing.
 */
public class CustomerActivityService implements RecordCustomerActivityUseCase {

    private final Purchases purchases;
    private final CustomerMilestones milestones;
    private final SupportInteractions interactions;
    private final CustomerHealthRecords health;
    private final TimeSource clock;

    public CustomerActivityService(Purchases purchases, CustomerMilestones milestones, SupportInteractions interactions,
                                   CustomerHealthRecords health, TimeSource clock) {
        this.purchases = purchases;
        this.milestones = milestones;
        this.interactions = interactions;
        this.health = health;
        this.clock = clock;
    }

    @Override
    public Uni<Void> purchaseProgressed(RecordPurchaseOutcomeCommand command) {
        Uni<Void> recorded = purchases.recordOutcome(command.kind(), command.purchaseId(), command.outcome(), command.at());
        if (command.outcome() == PurchaseOutcome.COMPLETED) {
            recorded = recorded.chain(() -> purchases.completedCount(command.customerId(), command.kind()))
                    .chain(completed -> reach(Milestone.reachedByCompletion(command.kind(), completed), command, 0));
        }
        return recorded.chain(() -> health.markDue(command.customerId(), clock.now()));
    }

    private Uni<Void> reach(List<Milestone> reached, RecordPurchaseOutcomeCommand command, int next) {
        if (next == reached.size()) {
            return Uni.createFrom().voidItem();
        }
        return milestones.reach(new CustomerMilestone(command.customerId(), reached.get(next), command.at(), command.purchaseId()))
                .chain(() -> reach(reached, command, next + 1));
    }

    @Override
    public Uni<Void> referralRewarded(RecordReferralCommand command) {
        return milestones.reach(new CustomerMilestone(command.customerId(), Milestone.FIRST_REFERRAL, command.at(),
                        command.walletEntryId()))
                .chain(() -> health.markDue(command.customerId(), clock.now()));
    }

    @Override
    public Uni<Void> callCompleted(RecordCallCommand command) {
        return interactions.recordCall(command.call())
                .chain(() -> health.markDue(command.call().customerId(), clock.now()));
    }
}
