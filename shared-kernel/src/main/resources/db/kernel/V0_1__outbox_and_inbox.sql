-- The outbox and inbox every service shares. Kernel migrations are numbered 0.x so they sort
-- before each service's own V1, V2, ...

CREATE TABLE outbox_event (
    seq          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id     CHAR(36)     NOT NULL,
    topic        VARCHAR(100) NOT NULL,
    aggregate_id VARCHAR(64)  NOT NULL,
    event_type   VARCHAR(150) NOT NULL,
    data_schema  VARCHAR(200) NOT NULL,
    source       VARCHAR(100) NOT NULL,
    occurred_at  DATETIME(6)  NOT NULL,
    payload      LONGTEXT     NOT NULL,
    published_at DATETIME(6)  NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_outbox_event_id (event_id),
    -- pending rows in order: WHERE published_at IS NULL ORDER BY seq
    KEY ix_outbox_pending (published_at, seq)
) ENGINE = InnoDB;

-- One row; the relay that holds it (FOR UPDATE SKIP LOCKED) is the one publishing.
CREATE TABLE outbox_relay_lease (
    name VARCHAR(50) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;
INSERT INTO outbox_relay_lease (name) VALUES ('relay');

CREATE TABLE inbox_event (
    consumer    VARCHAR(100) NOT NULL,
    event_id    VARCHAR(100) NOT NULL,
    event_type  VARCHAR(150) NOT NULL,
    received_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (consumer, event_id),
    KEY ix_inbox_received (received_at)
) ENGINE = InnoDB;
