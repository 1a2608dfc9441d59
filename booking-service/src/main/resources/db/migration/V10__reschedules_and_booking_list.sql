-- Every move of a booking, numbered per booking: the primary key makes a reschedule's number, and
-- so the per-booking limit counted under the booking row's lock, unique.
CREATE TABLE booking_reschedule (
    booking_id            CHAR(36)      NOT NULL,
    number                INT           NOT NULL,
    from_date             DATE          NOT NULL,
    from_slot             CHAR(5)       NOT NULL,
    to_date               DATE          NOT NULL,
    to_slot               CHAR(5)       NOT NULL,
    rescheduled_by        VARCHAR(100)  NOT NULL,
    rescheduled_at        DATETIME(6)   NOT NULL,
    fee                   DECIMAL(12,2) NOT NULL,
    cancellation_fee_kept BOOLEAN       NOT NULL,
    PRIMARY KEY (booking_id, number),
    CONSTRAINT fk_booking_reschedule_booking FOREIGN KEY (booking_id) REFERENCES booking (id)
) ENGINE = InnoDB;

-- The booking list reads newest first by (created_at, id), per customer or for everyone, with or
-- without a status: each shape walks one of these indexes (InnoDB appends the id to each).
CREATE INDEX ix_booking_customer_status ON booking (customer_id, status, created_at);
CREATE INDEX ix_booking_created ON booking (created_at);
CREATE INDEX ix_booking_status_created ON booking (status, created_at);
