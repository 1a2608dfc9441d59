package com.converge.complaint.domain;

import java.util.List;
import java.util.Objects;

/** What a compliance report needs of one complaint: how to group it, which policy it runs under, and its SLA log in order. */
public record ComplaintSlaHistory(String complaintId, ComplaintType type, Priority priority, String assignee, String policyId,
                                  List<SlaLogEntry> log) {

    public ComplaintSlaHistory {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(policyId, "policyId");
        log = List.copyOf(log);
    }
}
