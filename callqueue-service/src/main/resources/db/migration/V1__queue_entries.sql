CREATE TABLE queue_entry (
    id              CHAR(36)     NOT NULL,
    position        BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id     BIGINT       NOT NULL,
    queue           VARCHAR(30)  NOT NULL,
    score           INT          NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    source          VARCHAR(30)  NOT NULL,
    complaint_id    CHAR(36)     NULL,
    order_id        CHAR(36)     NULL,
    callback_due_at DATETIME(6)  NULL,
    callback_reason VARCHAR(200) NULL,
    callback_owner  VARCHAR(100) NULL,
    active          BOOLEAN      NOT NULL,
    enqueued_at     DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    -- at most one active entry per customer and queue, even with two consumers racing
    active_customer_id BIGINT AS (IF(active, customer_id, NULL)) PERSISTENT,
    PRIMARY KEY (id),
    UNIQUE KEY uk_queue_entry_position (position),
    UNIQUE KEY uk_queue_entry_active_customer (queue, active_customer_id),
    KEY ix_queue_entry_serving (queue, active, callback_due_at, score, position)
) ENGINE = InnoDB;
