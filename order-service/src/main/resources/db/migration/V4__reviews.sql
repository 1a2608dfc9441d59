CREATE TABLE review (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    product_id  CHAR(36)      NOT NULL,
    customer_id BIGINT        NOT NULL,
    rating      INT           NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    -- a buyer reviews a product once
    UNIQUE KEY uk_review_buyer (product_id, customer_id),
    CONSTRAINT ck_review_rating CHECK (rating BETWEEN 1 AND 5)
) ENGINE = InnoDB;
