CREATE TABLE complaint (
    id                CHAR(36)     NOT NULL,
    customer_id       BIGINT       NOT NULL,
    type              VARCHAR(30)  NOT NULL,
    priority          VARCHAR(10)  NOT NULL,
    status            VARCHAR(30)  NOT NULL,
    subject           VARCHAR(200) NOT NULL,
    description       TEXT         NOT NULL,
    booking_id        CHAR(36)     NULL,
    order_id          CHAR(36)     NULL,
    created_at        DATETIME(6)  NOT NULL,
    response_due_at   DATETIME(6)  NOT NULL,
    resolution_due_at DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_complaint_customer (customer_id, created_at),
    KEY ix_complaint_status (status, created_at)
) ENGINE = InnoDB;
