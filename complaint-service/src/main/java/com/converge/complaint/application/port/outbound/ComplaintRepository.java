package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.ChangedComplaint;
import com.converge.complaint.domain.Complaint;
import com.converge.complaint.domain.ComplaintChange;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Complaints, with their thread, audit trail and SLA log written from the changes a command made. */
public interface ComplaintRepository {

    Uni<Void> add(Complaint complaint, List<ComplaintChange> changes);

    Uni<Optional<Complaint>> findById(ComplaintId id);

    /** The complaint, locked until the transaction ends, so concurrent commands queue up instead of losing updates. */
    Uni<Optional<Complaint>> lock(ComplaintId id);

    /** One page of complaints matching {@code filter}, at most {@code limit}. */
    Uni<List<Complaint>> list(ComplaintFilter filter, int limit);

    Uni<Void> save(Complaint complaint, List<ComplaintChange> changes);

    /**
     * Up to {@code limit} complaints whose SLA check time has come, locked; rows another monitor
     * holds are skipped, so two replicas never check the same complaint at once.
     */
    Uni<List<Complaint>> claimDueForSlaCheck(Instant now, int limit);

    /**
     * Stores what the SLA checks of claimed complaints changed, with their audit and SLA log rows, in
     * a fixed number of statements whatever the number of complaints.
     */
    Uni<Void> saveSlaChecks(List<ChangedComplaint> checked);
}
