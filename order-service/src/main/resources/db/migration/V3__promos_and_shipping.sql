CREATE TABLE promo (
    code               VARCHAR(40)   NOT NULL,
    kind               VARCHAR(10)   NOT NULL,
    amount             DECIMAL(12,2) NOT NULL,
    min_order          DECIMAL(12,2) NOT NULL,
    max_discount       DECIMAL(12,2) NULL,
    valid_from         DATETIME(6)   NOT NULL,
    valid_until        DATETIME(6)   NOT NULL,
    total_limit        INT           NULL,
    per_customer_limit INT           NULL,
    -- raised by a conditional UPDATE (used_count < total_limit): a code with 10 uses is never used 11 times
    used_count         INT           NOT NULL,
    scope              VARCHAR(12)   NOT NULL,
    scope_ids          TEXT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB;

CREATE TABLE promo_redemption (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    code        VARCHAR(40)   NOT NULL,
    customer_id BIGINT        NOT NULL,
    order_id    CHAR(36)      NOT NULL,
    discount    DECIMAL(12,2) NOT NULL,
    redeemed_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_redemption_order (order_id),
    KEY ix_redemption_customer (code, customer_id)
) ENGINE = InnoDB;

CREATE TABLE shipping_zone (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    name           VARCHAR(100)  NOT NULL,
    state          VARCHAR(60)   NULL,
    pincode_prefix VARCHAR(6)    NULL,
    fee            DECIMAL(12,2) NOT NULL,
    free_above     DECIMAL(12,2) NULL,
    PRIMARY KEY (id),
    KEY ix_zone_state (state),
    KEY ix_zone_prefix (pincode_prefix)
) ENGINE = InnoDB;

ALTER TABLE customer_order
    ADD COLUMN discount   DECIMAL(12,2) NOT NULL DEFAULT 0 AFTER subtotal,
    ADD COLUMN promo_code VARCHAR(40)   NULL AFTER discount,
    ADD COLUMN ship_state   VARCHAR(60) NULL,
    ADD COLUMN ship_pincode CHAR(6)     NULL;
