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
