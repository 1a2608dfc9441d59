-- The list's breached filter: a complaint counts as breached once a clock was reported breached or
-- its running first-response or resolution clock is past due. breach_at is the moment that happens,
-- computed by the database from the stored flags and due times (so it can never disagree with them):
-- the epoch when a flag is set, else the earlier due time of the running clocks, else the end of time
-- (no running clock can breach). "breached" is then breach_at < now, a range on ix_complaint_breach,
-- exact at the moment of the query, instead of a test of every unresolved row.
ALTER TABLE complaint
    ADD COLUMN breach_at DATETIME(6) AS (
        CASE WHEN fr_breached OR nr_breached OR res_breached THEN TIMESTAMP'1970-01-01 00:00:00'
             ELSE LEAST(COALESCE(response_due_at, TIMESTAMP'9999-12-31 00:00:00'),
                        COALESCE(resolution_due_at, TIMESTAMP'9999-12-31 00:00:00')) END) PERSISTENT,
    ADD KEY ix_complaint_breach (unresolved, breach_at);
