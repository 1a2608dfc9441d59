package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.CustomerMilestone;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.util.List;

public interface CustomerMilestones {

    /** Records the milestone unless the customer reached it already. */
    Uni<Void> reach(CustomerMilestone milestone);

    /** In the order they were reached. */
    Uni<List<CustomerMilestone>> of(CustomerId customerId);
}
