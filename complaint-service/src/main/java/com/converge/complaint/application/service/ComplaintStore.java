package com.converge.complaint.application.service;

import com.converge.complaint.application.port.outbound.ComplaintEvents;
import com.converge.complaint.application.port.outbound.ComplaintRepository;
import com.converge.complaint.application.port.outbound.ComplaintThread;
import com.converge.complaint.application.port.outbound.CustomerHealthRecords;
import com.converge.complaint.domain.ChangedComplaint;
import com.converge.complaint.domain.Complaint;
import com.converge.complaint.domain.ComplaintChange;
import com.converge.complaint.domain.ComplaintDetails;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The cycle every command on a complaint shares: lock it, let the domain change it, store it with
 * its changes and their events in one transaction, and read it back with its clocks.
 */
public class ComplaintStore {

    private final UnitOfWork unitOfWork;
    private final ComplaintRepository complaints;
    private final ComplaintThread thread;
    private final ComplaintEvents events;
    private final CustomerHealthRecords health;
    private final TimeSource clock;

    public ComplaintStore(UnitOfWork unitOfWork, ComplaintRepository complaints, ComplaintThread thread,
                          ComplaintEvents events, CustomerHealthRecords health, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.complaints = complaints;
        this.thread = thread;
        this.events = events;
        this.health = health;
        this.clock = clock;
    }

    /** Applies {@code command} to the complaint {@code caller} may see (404 otherwise) at the current time. */
    public Uni<ComplaintDetails> change(ComplaintId id, Caller caller, BiConsumer<Complaint, Instant> command) {
        return unitOfWork.transactionally(() -> complaints.lock(id)
                .chain(found -> {
                    Complaint complaint = found.filter(c -> caller.mayAccess(c.customerId()))
                            .orElseThrow(() -> new NotFoundException("complaint", id));
                    Instant now = clock.now();
                    command.accept(complaint, now);
                    return store(complaint).chain(() -> details(complaint, caller, now));
                }));
    }

    /**
     * Saves even without changes: the next SLA check time may have moved. A change that can move a
     * health fact (status, breach, escalation, CSAT...) marks the customer's health for reassessment in
     * the same transaction, so no change is lost and a burst of them is reassessed once.
     */
    Uni<Void> store(Complaint complaint) {
        ChangedComplaint changed = ChangedComplaint.pulledFrom(complaint);
        List<ComplaintChange> changes = changed.changes();
        Uni<Void> saved = complaints.save(complaint, changes).chain(() -> events.changed(complaint, changes));
        return changed.affectsCustomerHealth() ? saved.chain(() -> health.markDue(complaint.customerId(), clock.now())) : saved;
    }

    /**
     * What SLA checks changed in many complaints, in a fixed number of statements: the rows, their
     * audit and SLA log rows, the events, and one health mark for every customer with a breach or an
     * escalation (a pass of warnings marks none).
     */
    Uni<Void> storeSlaChecks(List<Complaint> checked) {
        List<ChangedComplaint> changed = checked.stream().map(ChangedComplaint::pulledFrom).toList();
        List<CustomerId> customers = changed.stream().filter(ChangedComplaint::affectsCustomerHealth)
                .map(c -> c.complaint().customerId()).toList();
        return complaints.saveSlaChecks(changed)
                .chain(() -> events.changed(changed))
                .chain(() -> health.markDue(customers, clock.now()));
    }

    Uni<ComplaintDetails> details(Complaint complaint, Caller caller, Instant now) {
        return details(List.of(complaint), caller, now).map(list -> list.get(0));
    }

    /** Every complaint's details with one read of the threads, whatever the number of complaints. */
    Uni<List<ComplaintDetails>> details(List<Complaint> complaints, Caller caller, Instant now) {
        if (complaints.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return thread.summaries(complaints.stream().map(Complaint::id).toList(), !caller.isCustomerOnly())
                .map(summaries -> complaints.stream().map(complaint -> {
                    ComplaintThread.Summary summary = summaries.get(complaint.id());
                    return summary == null ? ComplaintDetails.of(complaint, now, 0, null)
                            : ComplaintDetails.of(complaint, now, summary.updateCount(), summary.lastUpdateAt());
                }).toList());
    }

    Uni<Complaint> visible(ComplaintId id, Caller caller) {
        return complaints.findById(id).map(found -> found
                .filter(complaint -> caller.mayAccess(complaint.customerId()))
                .orElseThrow(() -> new NotFoundException("complaint", id)));
    }

    UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    Instant now() {
        return clock.now();
    }
}
