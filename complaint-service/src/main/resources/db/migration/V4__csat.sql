ALTER TABLE complaint
    ADD COLUMN csat_rating      TINYINT       NULL,
    ADD COLUMN csat_comment     VARCHAR(1000) NULL,
    ADD COLUMN csat_recorded_at DATETIME(6)   NULL,
    ADD KEY ix_complaint_created (created_at, id);
