-- The commission rate each settled booking line was charged at: a refund after settlement reverses
-- the commission at that rate, whatever the category's rate has become since.
CREATE TABLE settlement_line_rate (
    booking_id CHAR(36)     NOT NULL,
    line_no    INT          NOT NULL,
    percent    DECIMAL(5,2) NOT NULL,
    PRIMARY KEY (booking_id, line_no),
    CONSTRAINT fk_settlement_line_rate_line FOREIGN KEY (booking_id) REFERENCES settlement_line (booking_id)
) ENGINE = InnoDB;

-- Every refund (with a credit note) of a settled booking that a statement accounted for: in the
-- booking's line when it was refunded before the statement, as an adjustment of a later statement
-- otherwise. The primary key on the refund is what makes counting a refund twice impossible.
CREATE TABLE settlement_refund (
    refund_id           CHAR(36)      NOT NULL,
    settlement_id       CHAR(36)      NOT NULL,
    booking_id          CHAR(36)      NOT NULL,
    adjustment          BOOLEAN       NOT NULL,
    refunded            DECIMAL(12,2) NOT NULL,
    commission_reversed DECIMAL(12,2) NOT NULL,
    PRIMARY KEY (refund_id),
    KEY ix_settlement_refund_settlement (settlement_id),
    CONSTRAINT fk_settlement_refund_settlement FOREIGN KEY (settlement_id) REFERENCES settlement (id),
    CONSTRAINT fk_settlement_refund_refund FOREIGN KEY (refund_id) REFERENCES refund (id)
) ENGINE = InnoDB;

ALTER TABLE settlement
    ADD COLUMN adjustments         DECIMAL(14,2) NOT NULL DEFAULT 0 AFTER commission,
    ADD COLUMN commission_reversed DECIMAL(14,2) NOT NULL DEFAULT 0 AFTER adjustments;

-- Statements drawn before this migration counted the credit notes issued until they were drawn in
-- their lines; only later ones are left to adjust.
INSERT INTO settlement_refund (refund_id, settlement_id, booking_id, adjustment, refunded, commission_reversed)
SELECT n.refund_id, sl.settlement_id, n.booking_id, FALSE, COALESCE(SUM(i.taxable_reversed), 0), 0
FROM credit_note n
JOIN settlement_line sl ON sl.booking_id = n.booking_id
JOIN settlement s ON s.id = sl.settlement_id
LEFT JOIN (SELECT l.credit_note_number, l.taxable AS taxable_reversed
           FROM credit_note_line l JOIN credit_note c ON c.number = l.credit_note_number
           JOIN booking_item bi ON bi.booking_id = c.booking_id AND bi.line_no = l.line_no) i
       ON i.credit_note_number = n.number
WHERE n.issued_at <= s.generated_at
GROUP BY n.refund_id, sl.settlement_id, n.booking_id;
