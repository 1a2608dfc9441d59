package com.converge.complaint.domain;

import java.time.Instant;

/** What a command did to a complaint: the source of its events, its audit trail and its SLA log. */
public interface ComplaintChange {

    String actor();

    Instant at();

    record Assigned(String assignee, String previousAssignee, String actor, Instant at) implements ComplaintChange {
    }

    record StatusChanged(ComplaintStatus from, ComplaintStatus to, String reason, String actor, Instant at)
            implements ComplaintChange {
    }

    record PriorityChanged(Priority from, Priority to, String actor, Instant at) implements ComplaintChange {
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
    }
}
