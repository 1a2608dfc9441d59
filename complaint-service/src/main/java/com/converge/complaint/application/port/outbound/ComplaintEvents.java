package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.ChangedComplaint;
import com.converge.complaint.domain.Complaint;
import com.converge.complaint.domain.ComplaintChange;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** The integration events complaint-service publishes; written in the caller's transaction. */
public interface ComplaintEvents {

    Uni<Void> created(Complaint complaint);

    /** The events the changes cause (assignment, status, resolution, escalation, SLA warnings and breaches). */
    Uni<Void> changed(Complaint complaint, List<ComplaintChange> changes);

    /** The events of many complaints' changes, in order, written together. */
    Uni<Void> changed(List<ChangedComplaint> changed);
}
