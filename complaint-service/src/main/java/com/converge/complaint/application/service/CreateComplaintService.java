package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.CreateComplaintCommand;
import com.converge.complaint.application.port.inbound.CreateComplaintUseCase;
import com.converge.complaint.application.port.inbound.CreatedComplaint;
import com.converge.complaint.application.port.outbound.ComplaintEvents;
import com.converge.complaint.application.port.outbound.ComplaintIntake;
import com.converge.complaint.application.port.outbound.ComplaintRepository;
import com.converge.complaint.application.port.outbound.ComplaintTriages;
import com.converge.complaint.application.port.outbound.CustomerHealthRecords;
import com.converge.complaint.application.port.outbound.Purchases;
import com.converge.complaint.domain.Complaint;
import com.converge.complaint.domain.ComplaintDetails;
import com.converge.complaint.domain.ComplaintReference;
import com.converge.complaint.domain.Priority;
import com.converge.complaint.domain.Purchase;
import com.converge.complaint.domain.SlaPolicy;
import com.converge.complaint.domain.Triage;
import com.converge.complaint.domain.TriageSuggestion;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

public class CreateComplaintService implements CreateComplaintUseCase {

    static final Duration RECENT_COMPLAINTS = Duration.ofDays(30);

    private final UnitOfWork unitOfWork;
    private final ComplaintRepository complaints;
    private final ComplaintEvents events;
    private final ComplaintIntake intake;
    private final Purchases purchases;
    private final CustomerHealthRecords health;
    private final ComplaintTriages triages;
    private final int atRiskBelow;
    private final TimeSource clock;

    public CreateComplaintService(UnitOfWork unitOfWork, ComplaintRepository complaints, ComplaintEvents events,
                                  ComplaintIntake intake, Purchases purchases,
                                  CustomerHealthRecords health, ComplaintTriages triages, int atRiskBelow,
                                  TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.complaints = complaints;
        this.events = events;
        this.intake = intake;
        this.purchases = purchases;
        this.health = health;
        this.triages = triages;
        this.atRiskBelow = atRiskBelow;
        this.clock = clock;
    }

    /**
     * Reads once (the reference, if any, then triage's facts, segment and policies in one statement)
     * and writes the complaint with its rows: a fixed number of round trips.
     */
    @Override
    public Uni<CreatedComplaint> create(CreateComplaintCommand command) {
        return unitOfWork.transactionally(() -> checkReference(command)
                .chain(purchase -> intake.facts(command.customerId(), clock.now().minus(RECENT_COMPLAINTS))
                        .chain(facts -> raise(command, triage(command, purchase, facts), facts))));
    }

    private Uni<CreatedComplaint> raise(CreateComplaintCommand command, TriageSuggestion triage, ComplaintIntake.Facts facts) {
        Priority priority = command.priority() != null ? command.priority() : triage.priority();
        String segment = facts.segment().wireName();
        SlaPolicy policy = SlaPolicy.firstMatching(facts.policies(), command.type(), priority, segment);
        Complaint complaint = Complaint.raise(command.customerId(), command.type(), priority,
                command.subject(), command.description(), command.reference(), policy, segment, command.raisedBy(),
                clock.now());
        return complaints.add(complaint, complaint.pullChanges())
                .chain(() -> events.created(complaint))
                .chain(() -> triages.save(complaint.id(), triage, complaint.createdAt()))
                .chain(() -> health.markDue(complaint.customerId(), complaint.createdAt()))
                .map(ignored -> new CreatedComplaint(ComplaintDetails.of(complaint, complaint.createdAt(), 0, null), triage));
    }

    /** From the type, the referenced purchase's value, the customer's stored health and their recent complaints. */
    private TriageSuggestion triage(CreateComplaintCommand command, Optional<Purchase> purchase, ComplaintIntake.Facts facts) {
        return Triage.suggest(command.type(), purchase.map(Purchase::totalAmount), facts.healthScore(),
                facts.recentComplaints(), atRiskBelow);
    }

    /** A referenced booking or order must be one this service has heard of, and the customer's own. */
    private Uni<Optional<Purchase>> checkReference(CreateComplaintCommand command) {
        ComplaintReference reference = command.reference();
        if (reference.booking().isPresent()) {
            return requireOwn(Purchase.Kind.BOOKING, reference.bookingId().toString(), "bookingId", command.customerId());
        }
        if (reference.order().isPresent()) {
            return requireOwn(Purchase.Kind.ORDER, reference.orderId().toString(), "orderId", command.customerId());
        }
        return Uni.createFrom().item(Optional.empty());
    }

    private Uni<Optional<Purchase>> requireOwn(Purchase.Kind kind, String id, String field, CustomerId customer) {
        return purchases.find(kind, id).map(found -> {
            if (found.filter(purchase -> purchase.belongsTo(customer)).isEmpty()) {
                throw new BusinessRuleViolation(field, "customer " + customer + " has no " + kind.name().toLowerCase(Locale.ROOT) + " " + id);
            }
            return found;
        });
    }
}
