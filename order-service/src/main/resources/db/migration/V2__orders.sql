-- One row per business day; placing an order increments it, so numbers are ORD-YYYYMMDD-00001, 00002, ...
CREATE TABLE order_number_counter (
    business_day DATE NOT NULL,
    last_number  INT  NOT NULL,
    PRIMARY KEY (business_day)
) ENGINE = InnoDB;

CREATE TABLE customer_order (
    id               CHAR(36)      NOT NULL,
    order_number     VARCHAR(20)   NOT NULL,
    customer_id      BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    payment_method   VARCHAR(10)   NOT NULL,
    subtotal         DECIMAL(12,2) NOT NULL,
    shipping_fee     DECIMAL(12,2) NOT NULL,
    total            DECIMAL(12,2) NOT NULL,
    refunded         DECIMAL(12,2) NOT NULL,
    verification     VARCHAR(20)   NOT NULL,
    cancel_reason    VARCHAR(500)  NULL,
    carrier          VARCHAR(100)  NULL,
    tracking_number  VARCHAR(100)  NULL,
    placed_at        DATETIME(6)   NOT NULL,
    delivered_at     DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_order_number (order_number),
    KEY ix_order_customer (customer_id, placed_at),
    KEY ix_order_status (status, placed_at)
) ENGINE = InnoDB;

CREATE TABLE order_line (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    order_id     CHAR(36)      NOT NULL,
    line_no      INT           NOT NULL,
    variant_id   CHAR(36)      NOT NULL,
    sku          VARCHAR(64)   NOT NULL,
    product_name VARCHAR(200)  NOT NULL,
    unit_price   DECIMAL(12,2) NOT NULL,
    quantity     INT           NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_order_line (order_id, line_no),
    CONSTRAINT fk_line_order FOREIGN KEY (order_id) REFERENCES customer_order (id)
) ENGINE = InnoDB;

CREATE TABLE order_status_history (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    order_id    CHAR(36)     NOT NULL,
    from_status VARCHAR(20)  NULL,
    to_status   VARCHAR(20)  NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    reason      VARCHAR(500) NULL,
    changed_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_history_order (order_id, id)
) ENGINE = InnoDB;

-- A pending order's hold on its stock; the sweeper claims due rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE reservation (
    order_id   CHAR(36)    NOT NULL,
    status     VARCHAR(20) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (order_id),
    KEY ix_reservation_due (status, expires_at)
) ENGINE = InnoDB;

CREATE TABLE refund (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    order_id    CHAR(36)      NOT NULL,
    amount      DECIMAL(12,2) NOT NULL,
    reason      VARCHAR(500)  NOT NULL,
    -- what caused it, unique so a redelivered complaint or a repeated cancel refunds once
    source      VARCHAR(120)  NOT NULL,
    recorded_by VARCHAR(100)  NOT NULL,
    recorded_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_refund_source (source),
    KEY ix_refund_order (order_id)
) ENGINE = InnoDB;

-- What order-service knows of a buyer's record, for the trusted-buyer rule.
CREATE TABLE buyer_record (
    customer_id        BIGINT NOT NULL,
    delivered_orders   INT    NOT NULL,
    refused_deliveries INT    NOT NULL,
    PRIMARY KEY (customer_id)
) ENGINE = InnoDB;

CREATE TABLE order_verification (
    order_id     CHAR(36)     NOT NULL,
    customer_id  BIGINT       NOT NULL,
    outcome      VARCHAR(20)  NOT NULL,
    requested_at DATETIME(6)  NOT NULL,
    completed_at DATETIME(6)  NULL,
    agent_id     VARCHAR(100) NULL,
    reason       VARCHAR(500) NULL,
    PRIMARY KEY (order_id),
    KEY ix_verification_customer (customer_id, requested_at)
) ENGINE = InnoDB;
