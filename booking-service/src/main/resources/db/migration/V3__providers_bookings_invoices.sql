CREATE TABLE provider (
    id         CHAR(36)     NOT NULL,
    name       VARCHAR(100) NOT NULL,
    phone      VARCHAR(13)  NOT NULL,
    verified   BOOLEAN      NOT NULL,
    active     BOOLEAN      NOT NULL,
    rating     DECIMAL(3,2) NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB;

CREATE TABLE provider_subcategory (
    provider_id    CHAR(36) NOT NULL,
    subcategory_id INT      NOT NULL,
    PRIMARY KEY (provider_id, subcategory_id),
    CONSTRAINT fk_provider_subcategory_provider FOREIGN KEY (provider_id) REFERENCES provider (id),
    CONSTRAINT fk_provider_subcategory_subcategory FOREIGN KEY (subcategory_id) REFERENCES subcategory (id)
) ENGINE = InnoDB;

CREATE TABLE provider_pincode (
    provider_id CHAR(36) NOT NULL,
    pincode     CHAR(6)  NOT NULL,
    PRIMARY KEY (provider_id, pincode),
    KEY ix_provider_pincode (pincode, provider_id),
    CONSTRAINT fk_provider_pincode_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

-- The slots a provider declared they can work.
CREATE TABLE provider_availability (
    provider_id CHAR(36) NOT NULL,
    slot_date   DATE     NOT NULL,
    slot_start  CHAR(5)  NOT NULL,
    PRIMARY KEY (provider_id, slot_date, slot_start),
    CONSTRAINT fk_provider_availability_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
) ENGINE = InnoDB;

-- The slots a provider is booked in. The primary key is what makes double-booking impossible:
-- two confirmations racing for one slot insert the same key, and only one insert can win.
CREATE TABLE provider_assignment (
    provider_id CHAR(36) NOT NULL,
    slot_date   DATE     NOT NULL,
    slot_start  CHAR(5)  NOT NULL,
    booking_id  CHAR(36) NOT NULL,
    PRIMARY KEY (provider_id, slot_date, slot_start),
    KEY ix_provider_assignment_booking (booking_id)
) ENGINE = InnoDB;

CREATE TABLE booking (
    id             CHAR(36)      NOT NULL,
    customer_id    BIGINT        NOT NULL,
    address_id     BIGINT        NOT NULL,
    pincode        CHAR(6)       NOT NULL,
    service_state  CHAR(2)       NOT NULL,
    billing_state  CHAR(2)       NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    payment_status VARCHAR(20)   NOT NULL,
    provider_id    CHAR(36)      NULL,
    taxable_total  DECIMAL(12,2) NOT NULL,
    tax_total      DECIMAL(12,2) NOT NULL,
    total          DECIMAL(12,2) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    confirmed_at   DATETIME(6)   NULL,
    started_at     DATETIME(6)   NULL,
    completed_at   DATETIME(6)   NULL,
    cancelled_at   DATETIME(6)   NULL,
    invoice_number VARCHAR(16)   NULL,
    PRIMARY KEY (id),
    KEY ix_booking_customer (customer_id, created_at),
    KEY ix_booking_provider (provider_id, status),
    CONSTRAINT fk_booking_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_booking_address FOREIGN KEY (address_id) REFERENCES address (id)
) ENGINE = InnoDB;

CREATE TABLE booking_item (
    booking_id       CHAR(36)      NOT NULL,
    line_no          INT           NOT NULL,
    rate_card_id     BIGINT        NOT NULL,
    subcategory_id   INT           NOT NULL,
    supply_kind      VARCHAR(30)   NOT NULL,
    description      VARCHAR(210)  NOT NULL,
    unit_price       DECIMAL(12,2) NOT NULL,
    quantity         INT           NOT NULL,
    duration_minutes INT           NOT NULL,
    slot_date        DATE          NOT NULL,
    slot_start       CHAR(5)       NOT NULL,
    place_of_supply  CHAR(2)       NOT NULL,
    taxable          DECIMAL(12,2) NOT NULL,
    cgst             DECIMAL(12,2) NOT NULL,
    sgst             DECIMAL(12,2) NOT NULL,
    igst             DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (booking_id, line_no),
    CONSTRAINT fk_booking_item_booking FOREIGN KEY (booking_id) REFERENCES booking (id)
) ENGINE = InnoDB;

-- One row per series and financial year, locked FOR UPDATE by the transaction that issues the
-- next number: numbers are consecutive, and a rolled-back completion gives its number back.
CREATE TABLE invoice_counter (
    series         VARCHAR(4) NOT NULL,
    financial_year INT        NOT NULL,
    last_number    BIGINT     NOT NULL,
    PRIMARY KEY (series, financial_year)
) ENGINE = InnoDB;

CREATE TABLE tax_invoice (
    number          VARCHAR(16)   NOT NULL,
    series          VARCHAR(4)    NOT NULL,
    financial_year  INT           NOT NULL,
    sequence_number BIGINT        NOT NULL,
    booking_id      CHAR(36)      NOT NULL,
    customer_id     BIGINT        NOT NULL,
    supplier_state  CHAR(2)       NOT NULL,
    issued_at       DATETIME(6)   NOT NULL,
    taxable_total   DECIMAL(12,2) NOT NULL,
    cgst_total      DECIMAL(12,2) NOT NULL,
    sgst_total      DECIMAL(12,2) NOT NULL,
    igst_total      DECIMAL(12,2) NOT NULL,
    grand_total     DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (number),
    UNIQUE KEY uk_tax_invoice_sequence (series, financial_year, sequence_number),
    UNIQUE KEY uk_tax_invoice_booking (booking_id)
) ENGINE = InnoDB;
