package com.converge.complaint.domain;

import java.util.List;

/** A complaint with the changes a command or an SLA check made to it, pulled to be stored together. */
public record ChangedComplaint(Complaint complaint, List<ComplaintChange> changes) {

    public ChangedComplaint {
        changes = List.copyOf(changes);
    }

    public boolean affectsCustomerHealth() {
        return changes.stream().anyMatch(ComplaintChange::affectsCustomerHealth);
    }

    /** The complaint's pending changes, taken out of it. */
    public static ChangedComplaint pulledFrom(Complaint complaint) {
        return new ChangedComplaint(complaint, complaint.pullChanges());
    }
}
