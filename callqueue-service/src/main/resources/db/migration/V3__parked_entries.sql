-- An entry that no claim may hand out for a while (its customer is on the do-not-call list, or had
-- today's last allowed call) is parked until then: parked entries are out of the claim's path through
-- the serving index, so a claim reads the first servable entries instead of walking past every
-- ineligible one. NULL: not parked. A scheduled pass returns entries whose time has come.
ALTER TABLE queue_entry
    ADD COLUMN parked_until DATETIME(6) NULL,
    DROP KEY ix_queue_entry_serving,
    ADD KEY ix_queue_entry_serving (queue, active, parked_until, callback_due_at, score, position);

-- Customers already on the list: parked for good (the list has no removal).
UPDATE queue_entry e JOIN do_not_call d ON d.customer_id = e.customer_id
SET e.parked_until = '9999-12-31 00:00:00', e.version = e.version + 1
WHERE e.active;
