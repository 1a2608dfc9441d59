-- The open-complaints list reads unresolved rows in (created_at, id) order. Four unresolved statuses
-- in an IN list cannot use (status, created_at) for that order, so a persistent column says
-- "unresolved" and the list walks (unresolved, created_at, id) for exactly one page.
ALTER TABLE complaint
    ADD COLUMN unresolved BOOLEAN AS (status NOT IN ('RESOLVED', 'CLOSED')) PERSISTENT,
    DROP KEY ix_complaint_assignee,
    ADD KEY ix_complaint_open (unresolved, created_at, id),
    ADD KEY ix_complaint_assignee (assignee, unresolved, created_at, id),
    -- the CSAT report: ratings recorded in a period
    ADD KEY ix_complaint_csat (csat_recorded_at, csat_rating);

-- A page's update counts and last update times in one grouped read, public entries apart.
ALTER TABLE complaint_update
    DROP KEY ix_update_complaint,
    ADD KEY ix_update_complaint (complaint_id, visibility, created_at);
