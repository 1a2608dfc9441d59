package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.CustomerFacts;
import com.converge.complaint.domain.CustomerHealth;
import com.converge.complaint.domain.HealthAlertPolicy;
import com.converge.complaint.domain.HealthBand;
import com.converge.complaint.domain.HealthSnapshot;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Customers' stored scores, what they are assessed from, and the marks that say a reassessment is due. */
public interface CustomerHealthRecords {

    /** In the caller's transaction: the customer's facts changed, reassess them from {@code at}. */
    Uni<Void> markDue(CustomerId customerId, Instant at);

    /** {@link #markDue(CustomerId, Instant)} for many customers in one statement. */
    Uni<Void> markDue(Collection<CustomerId> customerIds, Instant at);

    /** Every customer not due yet becomes due at {@code at}; returns how many. */
    Uni<Integer> markAllDue(Instant at);

    /** Every customer last assessed before {@code before} becomes due at {@code at}; returns how many. */
    Uni<Integer> markAssessedBefore(Instant before, Instant at);

    /** Up to {@code limit} customers due by {@code now}, the longest due first, read without locks. */
    Uni<List<CustomerId>> due(Instant now, int limit);

    /**
     * Locks the customer's record, only it, when it is still due by {@code now} and no other transaction holds it;
     * empty otherwise (reassessed since, or held by another replica's pass or by a write marking it due).
     */
    Uni<Optional<DueCustomer>> lockIfDue(CustomerId customerId, Instant now);

    /** A claimed customer and what was known of their health before. */
    record DueCustomer(CustomerId customerId, HealthAlertPolicy.Standing standing) {
    }

    /** For a claimed customer with nothing to assess. */
    Uni<Void> clearDue(CustomerId customerId);

    Uni<CustomerFacts> facts(CustomerId customerId, Instant now);

    /**
     * Stores the score, clears the due mark and writes the day's snapshot (one per customer and day,
     * the day's last score). {@code publishedScore} is the score last announced.
     */
    Uni<Void> save(CustomerHealth health, HealthBand band, Integer publishedScore, boolean atRisk, LocalDate day);

    /** Daily scores from {@code from} on, oldest first. */
    Uni<List<HealthSnapshot>> trend(CustomerId customerId, LocalDate from);

    Uni<HealthAlertPolicy.Standing> standing(CustomerId customerId);

    /** The last stored score, if any. */
    Uni<Optional<Integer>> score(CustomerId customerId);

    /** Complaints the customer raised at or after {@code since}. */
    Uni<Long> complaintsSince(CustomerId customerId, Instant since);
}
