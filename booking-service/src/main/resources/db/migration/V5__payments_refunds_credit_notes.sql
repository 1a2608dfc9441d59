-- What has been paid and refunded for a booking, kept on its row: payments and refunds lock the row,
-- so these sums move one request at a time and the CHECKs can never be crossed.
ALTER TABLE booking
    ADD COLUMN amount_paid     DECIMAL(12,2) NOT NULL DEFAULT 0,
    ADD COLUMN amount_refunded DECIMAL(12,2) NOT NULL DEFAULT 0,
    ADD COLUMN original_method VARCHAR(12)   NULL,
    ADD CONSTRAINT ck_booking_paid CHECK (amount_paid >= 0 AND amount_paid <= total),
    ADD CONSTRAINT ck_booking_refunded CHECK (amount_refunded >= 0 AND amount_refunded <= amount_paid);

CREATE TABLE payment (
    id             CHAR(36)      NOT NULL,
    booking_id     CHAR(36)      NOT NULL,
    customer_id    BIGINT        NOT NULL,
    amount         DECIMAL(12,2) NOT NULL,
    method         VARCHAR(12)   NOT NULL,
    outcome        VARCHAR(10)   NOT NULL,
    reference      VARCHAR(100)  NULL,
    failure_reason VARCHAR(200)  NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    received_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_payment_booking (booking_id, received_at),
    CONSTRAINT ck_payment_amount CHECK (amount > 0),
    CONSTRAINT fk_payment_booking FOREIGN KEY (booking_id) REFERENCES booking (id)
) ENGINE = InnoDB;

CREATE TABLE refund (
    id                 CHAR(36)      NOT NULL,
    booking_id         CHAR(36)      NOT NULL,
    customer_id        BIGINT        NOT NULL,
    amount             DECIMAL(12,2) NOT NULL,
    destination        VARCHAR(20)   NOT NULL,
    method             VARCHAR(12)   NOT NULL,
    reason             VARCHAR(200)  NOT NULL,
    issued_by          VARCHAR(100)  NOT NULL,
    issued_at          DATETIME(6)   NOT NULL,
    credit_note_number VARCHAR(16)   NULL,
    PRIMARY KEY (id),
    KEY ix_refund_booking (booking_id, issued_at),
    CONSTRAINT ck_refund_amount CHECK (amount > 0),
    CONSTRAINT fk_refund_booking FOREIGN KEY (booking_id) REFERENCES booking (id)
) ENGINE = InnoDB;

-- Numbered like tax invoices, from invoice_counter under the credit-note series.
CREATE TABLE credit_note (
    number          VARCHAR(16)   NOT NULL,
    series          VARCHAR(4)    NOT NULL,
    financial_year  INT           NOT NULL,
    sequence_number BIGINT        NOT NULL,
    invoice_number  VARCHAR(16)   NOT NULL,
    refund_id       CHAR(36)      NOT NULL,
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
    UNIQUE KEY uk_credit_note_sequence (series, financial_year, sequence_number),
    UNIQUE KEY uk_credit_note_refund (refund_id),
    KEY ix_credit_note_booking (booking_id),
    CONSTRAINT fk_credit_note_invoice FOREIGN KEY (invoice_number) REFERENCES tax_invoice (number),
    CONSTRAINT fk_credit_note_refund FOREIGN KEY (refund_id) REFERENCES refund (id)
) ENGINE = InnoDB;

CREATE TABLE credit_note_line (
    credit_note_number VARCHAR(16)   NOT NULL,
    line_no            INT           NOT NULL,
    description        VARCHAR(210)  NOT NULL,
    place_of_supply    CHAR(2)       NOT NULL,
    taxable            DECIMAL(12,2) NOT NULL,
    cgst               DECIMAL(12,2) NOT NULL,
    sgst               DECIMAL(12,2) NOT NULL,
    igst               DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (credit_note_number, line_no),
    CONSTRAINT fk_credit_note_line_note FOREIGN KEY (credit_note_number) REFERENCES credit_note (number)
) ENGINE = InnoDB;
