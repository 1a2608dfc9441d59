-- Answers of POSTs sent with an Idempotency-Key, per caller and operation, kept for 24 hours.
CREATE TABLE idempotency_key (
    scope             VARCHAR(150) NOT NULL,
    idempotency_key   VARCHAR(100) NOT NULL,
    request_hash      CHAR(64)     NOT NULL,
    response_status   INT          NOT NULL,
    response_body     LONGTEXT     NULL,
    response_location VARCHAR(500) NULL,
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (scope, idempotency_key),
    KEY ix_idempotency_created (created_at)
) ENGINE = InnoDB;
