package com.converge.complaint.domain;

import java.time.Instant;

/** What a command did to a complaint: the source of its events, its audit trail and its SLA log. */
public interface ComplaintChange {

    String actor();

    Instant at();

    /**
     * Whether the change can move one of the customer's health facts (CustomerFacts: open complaints,
     * breaches, escalations, ratings, compensations), so the customer needs reassessing.
     */
    default boolean affectsCustomerHealth() {
        return true;
    }

    record Assigned(String assignee, String previousAssignee, String actor, Instant at) implements ComplaintChange {
        @Override
        public boolean affectsCustomerHealth() {
            return false;
        }
    }

    record StatusChanged(ComplaintStatus from, ComplaintStatus to, String reason, String actor, Instant at)
            implements ComplaintChange {
    }

    record PriorityChanged(Priority from, Priority to, String actor, Instant at) implements ComplaintChange {
        @Override
        public boolean affectsCustomerHealth() {
            return false;
        }
    }

    record Resolved(Resolution resolution, String actor, Instant at) implements ComplaintChange {
    }

    record Escalated(int level, String reason, String actor, Instant at) implements ComplaintChange {
    }

    record Rated(Csat csat, String actor, Instant at) implements ComplaintChange {
    }

    record Commented(ComplaintUpdate update) implements ComplaintChange {
        @Override
        public String actor() {
            return update.author();
        }

        @Override
        public Instant at() {
            return update.createdAt();
        }

        @Override
        public boolean affectsCustomerHealth() {
            return false;
        }
    }

    record SlaLogged(SlaLogEntry entry) implements ComplaintChange {
        @Override
        public String actor() {
            return entry.actor();
        }

        @Override
        public Instant at() {
            return entry.at();
        }

        /** Of the SLA log, only a breach is a health fact; a warning, pause or fulfilment is not. */
        @Override
        public boolean affectsCustomerHealth() {
            return entry.kind() == SlaLogEntry.Kind.BREACHED;
        }
    }
}
