package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.CustomerMilestone;
import com.converge.complaint.domain.SupportInteraction;
import com.converge.kernel.application.Page;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** A customer's health, milestones and support interactions; a customer sees only their own (404 otherwise). */
public interface ReadCustomerHealthUseCase {

    /** Assessed now from what is known, with the daily scores of the trend window; 404 when nothing is known. */
    Uni<CustomerHealthReport> health(CustomerHealthQuery query);

    Uni<List<CustomerMilestone>> milestones(CustomerQuery query);

    /** Newest first. */
    Uni<Page<SupportInteraction>> interactions(SupportInteractionsQuery query);
}
