-- The list's breached filter: a complaint counts as breached once a clock was reported breached or
-- its running first-response or resolution clock is past due. breach_at is the moment that happens,
-- computed by the database from the stored flags and due times (so it can never disagree with them):
-- the epoch when a flag is set, else the earlier due time of the running clocks, else the end of time
-- (no running clock can breach). "breached" is breach_at < now, "not breached" breach_at >= now, exact
-- at the moment of the query.
-- breach_at goes at the end of the open-list indexes, so the page still walks them in (created_at, id)
-- order and tests the filter on the index entry (index condition pushdown), reading only the rows it
-- returns. An index led by breach_at was tried and is worse: its range is unordered, and with it present
-- MariaDB walked ix_complaint_created through every resolved row for breached=false (10 to 20 s on
-- 1,000,000 complaints; 20 to 60 ms this way, under load).
ALTER TABLE complaint
    ADD COLUMN breach_at DATETIME(6) AS (
        CASE WHEN fr_breached OR nr_breached OR res_breached THEN TIMESTAMP'1970-01-01 00:00:00'
             ELSE LEAST(COALESCE(response_due_at, TIMESTAMP'9999-12-31 00:00:00'),
                        COALESCE(resolution_due_at, TIMESTAMP'9999-12-31 00:00:00')) END) PERSISTENT,
    DROP KEY ix_complaint_open,
    ADD KEY ix_complaint_open (unresolved, created_at, id, breach_at),
    DROP KEY ix_complaint_assignee,
    ADD KEY ix_complaint_assignee (assignee, unresolved, created_at, id, breach_at);
