-- What a cancellation kept of what was paid, for its fee and the charges made before (GST included): the
-- tax invoice of a cancelled booking is drawn from it. Cancellations before this issued no invoice; what
-- they kept is what was paid and is not refunded.
ALTER TABLE booking ADD COLUMN cancellation_kept DECIMAL(12,2) NULL AFTER cancellation_fee;
UPDATE booking SET cancellation_kept = amount_paid - amount_refunded WHERE cancellation_fee IS NOT NULL;
