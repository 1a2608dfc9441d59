-- An agent's hold on an entry, and how its last call ended.
ALTER TABLE queue_entry
    ADD COLUMN claimed_by       VARCHAR(100) NULL,
    ADD COLUMN claim_expires_at DATETIME(6)  NULL,
    ADD COLUMN last_outcome     VARCHAR(30)  NULL;

-- Every change of an entry's score with its cause: the API's breakdown.
CREATE TABLE score_change (
    seq                BIGINT       NOT NULL AUTO_INCREMENT,
    entry_id           CHAR(36)     NOT NULL,
    cause              VARCHAR(200) NOT NULL,
    outcome_adjustment INT          NOT NULL,
    attempt_penalty    INT          NOT NULL,
    score_before       INT          NOT NULL,
    score_after        INT          NOT NULL,
    changed_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (seq),
    KEY ix_score_change_entry (entry_id, seq)
) ENGINE = InnoDB;

CREATE TABLE call_record (
    id               CHAR(36)      NOT NULL,
    entry_id         CHAR(36)      NOT NULL,
    customer_id      BIGINT        NOT NULL,
    agent_id         VARCHAR(100)  NOT NULL,
    queue            VARCHAR(30)   NOT NULL,
    outcome          VARCHAR(30)   NOT NULL,
    connected        BOOLEAN       NOT NULL,
    duration_seconds INT           NOT NULL,
    notes            VARCHAR(2000) NULL,
    completed_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_call_record_customer (customer_id, completed_at),
    KEY ix_call_record_agent (agent_id, completed_at)
) ENGINE = InnoDB;

-- Calls per customer and calendar day (in the calling window's zone), for the daily attempt cap.
CREATE TABLE daily_attempt (
    customer_id BIGINT NOT NULL,
    call_day    DATE   NOT NULL,
    attempts    INT    NOT NULL,
    PRIMARY KEY (customer_id, call_day)
) ENGINE = InnoDB;

CREATE TABLE do_not_call (
    customer_id BIGINT       NOT NULL,
    added_by    VARCHAR(100) NOT NULL,
    reason      VARCHAR(200) NULL,
    added_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (customer_id),
    KEY ix_do_not_call_added (added_at)
) ENGINE = InnoDB;

-- The scoring table ADMIN edits; the defaults are the source design's.
CREATE TABLE scoring_rule (
    outcome    VARCHAR(30) NOT NULL,
    adjustment INT         NOT NULL,
    PRIMARY KEY (outcome)
) ENGINE = InnoDB;
INSERT INTO scoring_rule (outcome, adjustment) VALUES
    ('connected', 20), ('verified', 0), ('refused', 0), ('callback_requested', -15), ('not_interested', 50),
    ('no_answer', 10), ('busy', 5), ('voicemail', 8), ('wrong_number', 200);

CREATE TABLE scoring_setting (
    name  VARCHAR(50) NOT NULL,
    value INT         NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB;
INSERT INTO scoring_setting (name, value) VALUES ('free_attempts', 3), ('penalty_per_attempt', 10);

CREATE TABLE conversion (
    id                CHAR(36)      NOT NULL,
    customer_id       BIGINT        NOT NULL,
    conversion_type   VARCHAR(20)   NOT NULL,
    reference_id      VARCHAR(64)   NOT NULL,
    value             DECIMAL(14,2) NOT NULL,
    primary_agent     VARCHAR(100)  NULL,
    commission_amount DECIMAL(14,2) NOT NULL,
    converted_at      DATETIME(6)   NOT NULL,
    clawed_back_at    DATETIME(6)   NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_conversion_reference (conversion_type, reference_id),
    KEY ix_conversion_primary (primary_agent, converted_at)
) ENGINE = InnoDB;

CREATE TABLE conversion_share (
    conversion_id     CHAR(36)      NOT NULL,
    agent_id          VARCHAR(100)  NOT NULL,
    share_percent     DECIMAL(5,2)  NOT NULL,
    commission_amount DECIMAL(14,2) NOT NULL,
    PRIMARY KEY (conversion_id, agent_id),
    KEY ix_conversion_share_agent (agent_id)
) ENGINE = InnoDB;
