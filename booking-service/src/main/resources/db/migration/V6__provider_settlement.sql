-- The platform's commission per category, in percent of the taxable value; categories without a
-- row pay COMMISSION_DEFAULT. Rates are data: change a row to change a category's rate.
CREATE TABLE commission_rate (
    category_id INT          NOT NULL,
    percent     DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (category_id),
    CONSTRAINT ck_commission_rate CHECK (percent >= 0 AND percent <= 80),
    CONSTRAINT fk_commission_rate_category FOREIGN KEY (category_id) REFERENCES category (id)
) ENGINE = InnoDB;

INSERT INTO commission_rate (category_id, percent) VALUES
    (1, 20.00), (2, 18.00), (3, 15.00), (4, 15.00), (5, 15.00), (6, 12.00),
    (7, 20.00), (8, 18.00), (9, 20.00), (10, 25.00), (11, 25.00), (12, 10.00);

CREATE TABLE settlement (
    id             CHAR(36)      NOT NULL,
    provider_id    CHAR(36)      NOT NULL,
    period_start   DATE          NOT NULL,
    period_end     DATE          NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    booking_count  INT           NOT NULL,
    gross          DECIMAL(14,2) NOT NULL,
    refunds        DECIMAL(14,2) NOT NULL,
    commission     DECIMAL(14,2) NOT NULL,
    commission_gst DECIMAL(14,2) NOT NULL,
    net_payable    DECIMAL(14,2) NOT NULL,
    generated_at   DATETIME(6)   NOT NULL,
    paid_at        DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_settlement_provider (provider_id, period_start),
    CONSTRAINT fk_settlement_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

-- The primary key on booking_id is what makes settling a booking twice impossible.
CREATE TABLE settlement_line (
    booking_id    CHAR(36)      NOT NULL,
    settlement_id CHAR(36)      NOT NULL,
    gross         DECIMAL(12,2) NOT NULL,
    refunds       DECIMAL(12,2) NOT NULL,
    commission    DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (booking_id),
    KEY ix_settlement_line_settlement (settlement_id),
    CONSTRAINT fk_settlement_line_settlement FOREIGN KEY (settlement_id) REFERENCES settlement (id),
    CONSTRAINT fk_settlement_line_booking FOREIGN KEY (booking_id) REFERENCES booking (id)
) ENGINE = InnoDB;
