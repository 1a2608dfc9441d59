-- Bookings and orders as complaint-service learns them from booking-events and order-events: enough
-- to check that a complaint's reference exists and is the customer's, and to weigh it in triage.
CREATE TABLE purchase (
    id           CHAR(36)      NOT NULL,
    kind         VARCHAR(10)   NOT NULL,
    customer_id  BIGINT        NOT NULL,
    total_amount DECIMAL(12,2) NOT NULL,
    occurred_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_purchase_customer (customer_id, occurred_at)
) ENGINE = InnoDB;
