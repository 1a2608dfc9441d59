-- The dashboard gauges (ComplaintGauges) count the unresolved complaints by status and priority, and
-- those with a breached clock, every few seconds. Without an index holding those columns each refresh
-- read the whole table: 1 to 2.6 s of the database's time for two queries every 5 s with 1,000,000
-- complaints, most of a core, which every complaint raised meanwhile waited behind. With this one they
-- read only the unresolved complaints' index entries (about 0.1 s for both at 100,000 unresolved).
ALTER TABLE complaint
    ADD KEY ix_complaint_dashboard (unresolved, status, priority, fr_breached, nr_breached, res_breached);
