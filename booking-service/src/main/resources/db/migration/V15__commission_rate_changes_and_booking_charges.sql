-- Every change of a category's commission rate through the API: who, when, from what to what. A
-- change only reaches statements drawn after it: settled lines keep the rate they were charged.
CREATE TABLE commission_rate_change (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    category_id      INT          NOT NULL,
    previous_percent DECIMAL(5,2) NULL,
    percent          DECIMAL(5,2) NOT NULL,
    changed_by       VARCHAR(100) NOT NULL,
    changed_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_commission_rate_change_category (category_id, changed_at),
    CONSTRAINT fk_commission_rate_change_category FOREIGN KEY (category_id) REFERENCES category (id)
) ENGINE = InnoDB;

-- What a booking has been charged on top of its total (reschedule fees inside the window, GST
-- included): the customer owes total + amount_charged, so that is what payments may reach.
ALTER TABLE booking
    ADD COLUMN amount_charged DECIMAL(12,2) NOT NULL DEFAULT 0 AFTER total,
    DROP CONSTRAINT ck_booking_paid,
    ADD CONSTRAINT ck_booking_charged CHECK (amount_charged >= 0),
    ADD CONSTRAINT ck_booking_paid CHECK (amount_paid >= 0 AND amount_paid <= total + amount_charged);

-- Reschedule fees recorded before fees were charged stay uncharged: they are not owed and not invoiced.
ALTER TABLE booking_reschedule ADD COLUMN fee_charged BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE booking_reschedule SET fee_charged = FALSE;
