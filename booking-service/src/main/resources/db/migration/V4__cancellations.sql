ALTER TABLE booking
    ADD COLUMN cancellation_reason VARCHAR(200)  NULL,
    ADD COLUMN cancelled_by        VARCHAR(100)  NULL,
    ADD COLUMN cancellation_fee    DECIMAL(12,2) NULL;
