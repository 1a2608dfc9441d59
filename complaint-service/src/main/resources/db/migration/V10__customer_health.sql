-- Customer health (see CustomerHealth): what becomes of purchases, milestones, support calls, the
-- dimension weights, each customer's stored score with its reassessment mark, and daily snapshots.

-- What became of a booking or order, from BookingCompleted/Cancelled, RefundIssued, OrderDelivered/Cancelled/Returned.
ALTER TABLE purchase
    ADD COLUMN completed_at DATETIME(6) NULL,
    ADD COLUMN cancelled_at DATETIME(6) NULL,
    ADD COLUMN returned_at  DATETIME(6) NULL,
    ADD COLUMN refund_count INT         NOT NULL DEFAULT 0;

CREATE TABLE customer_milestone (
    customer_id BIGINT       NOT NULL,
    milestone   VARCHAR(40)  NOT NULL,
    reached_at  DATETIME(6)  NOT NULL,
    source      VARCHAR(100) NOT NULL,
    PRIMARY KEY (customer_id, milestone)
) ENGINE = InnoDB;

-- Calls from CallCompleted; complaint messages are read from complaint_update.
CREATE TABLE support_call (
    call_id          VARCHAR(100) NOT NULL,
    customer_id      BIGINT       NOT NULL,
    agent_id         VARCHAR(100) NULL,
    queue            VARCHAR(50)  NOT NULL,
    outcome          VARCHAR(50)  NOT NULL,
    connected        BOOLEAN      NOT NULL,
    duration_seconds INT          NOT NULL,
    complaint_id     CHAR(36)     NULL,
    order_id         CHAR(36)     NULL,
    completed_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (call_id),
    KEY ix_support_call_customer (customer_id, completed_at)
) ENGINE = InnoDB;

CREATE TABLE health_weight (
    dimension  VARCHAR(20)  NOT NULL,
    weight     INT          NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (dimension)
) ENGINE = InnoDB;

-- recompute_due_at is set in the transaction that changed a customer's facts; refresh passes claim
-- due rows with FOR UPDATE SKIP LOCKED. published_score is the score last announced in an event.
CREATE TABLE customer_health (
    customer_id      BIGINT      NOT NULL,
    score            INT         NULL,
    band             VARCHAR(10) NULL,
    published_score  INT         NULL,
    at_risk          BOOLEAN     NOT NULL DEFAULT FALSE,
    computed_at      DATETIME(6) NULL,
    recompute_due_at DATETIME(6) NULL,
    PRIMARY KEY (customer_id),
    KEY ix_customer_health_due (recompute_due_at),
    KEY ix_customer_health_computed (computed_at)
) ENGINE = InnoDB;

-- One row per customer and day (the day's last score): replicas and reruns write the same row.
CREATE TABLE customer_health_snapshot (
    customer_id BIGINT      NOT NULL,
    day         DATE        NOT NULL,
    score       INT         NOT NULL,
    computed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id, day)
) ENGINE = InnoDB;

CREATE TABLE complaint_triage (
    complaint_id       CHAR(36)      NOT NULL,
    suggested_priority VARCHAR(10)   NOT NULL,
    points             INT           NOT NULL,
    reasons            VARCHAR(2000) NOT NULL,
    triaged_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (complaint_id)
) ENGINE = InnoDB;
