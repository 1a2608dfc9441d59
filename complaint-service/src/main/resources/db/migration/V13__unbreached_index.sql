-- breached=false walked ix_complaint_open (unresolved, created_at, id, breach_at) from the oldest unresolved
-- complaint and tested breach_at on every entry: on a desk where most unresolved complaints have breached (the
-- oldest are the ones that breach), a page read every breached entry before the first 20 that were not
-- (13 ms median, 48 ms p99 at 100 pages/s with 91,000 of 100,000 breached). Here "no flag set" is one range in
-- created order, and the walk meets only what breached since the monitor's last pass. The list adds the flags to
-- breach_at >= now, which implies them: the result is unchanged.
-- The flags lead, not unresolved: with a second index led by unresolved and covering more, MariaDB chose to walk
-- ix_complaint_created through the resolved rows for the default page (3.5 s instead of 0.5 ms).
ALTER TABLE complaint
    ADD KEY ix_complaint_unbreached (fr_breached, nr_breached, res_breached, unresolved, created_at, id, breach_at);
