package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.CustomerSegment;
import com.converge.complaint.domain.SlaPolicy;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything raising a complaint reads before it writes, in one read: what triage weighs (the
 * customer's stored health score and complaints raised since {@code recentSince}), the segment the
 * complaint takes, and the SLA policies it is matched against.
 */
public interface ComplaintIntake {

    Uni<Facts> facts(CustomerId customerId, Instant recentSince);

    /** {@code segment}: the customer's placement, {@code standard} unless an ADMIN placed them elsewhere. */
    record Facts(Optional<Integer> healthScore, long recentComplaints, CustomerSegment segment, List<SlaPolicy> policies) {

        public Facts {
            policies = List.copyOf(policies);
        }
    }
}
