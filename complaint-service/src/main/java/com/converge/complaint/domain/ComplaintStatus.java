package com.converge.complaint.domain;

import java.util.Locale;

public enum ComplaintStatus {
    OPEN, IN_PROGRESS, WAITING_ON_CUSTOMER, ESCALATED, RESOLVED, CLOSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
