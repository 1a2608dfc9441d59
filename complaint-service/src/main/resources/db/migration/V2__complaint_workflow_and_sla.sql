-- Status workflow, assignment, resolution and the three SLA clocks live on the complaint row, so a
-- command locks and rewrites one row; the monitor claims rows by sla_check_due_at.
ALTER TABLE complaint
    MODIFY response_due_at   DATETIME(6) NULL,
    MODIFY resolution_due_at DATETIME(6) NULL,
    ADD COLUMN segment                  VARCHAR(30)   NOT NULL DEFAULT 'standard',
    ADD COLUMN policy_id                VARCHAR(50)   NOT NULL DEFAULT 'default',
    ADD COLUMN assignee                 VARCHAR(100)  NULL,
    ADD COLUMN escalation_level         INT           NOT NULL DEFAULT 0,
    ADD COLUMN resolution_summary       VARCHAR(2000) NULL,
    ADD COLUMN compensation             VARCHAR(20)   NULL,
    ADD COLUMN compensation_amount      DECIMAL(12,2) NULL,
    ADD COLUMN resolved_at              DATETIME(6)   NULL,
    ADD COLUMN last_customer_message_at DATETIME(6)   NULL,
    ADD COLUMN updated_at               DATETIME(6)   NULL,
    ADD COLUMN sla_check_due_at         DATETIME(6)   NULL,
    ADD COLUMN fr_target_seconds  BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN fr_state           VARCHAR(10) NOT NULL DEFAULT 'IDLE',
    ADD COLUMN fr_consumed_micros BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN fr_running_since   DATETIME(6) NULL,
    ADD COLUMN fr_stopped_at      DATETIME(6) NULL,
    ADD COLUMN fr_warned          BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN fr_breached        BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN nr_target_seconds  BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN nr_state           VARCHAR(10) NOT NULL DEFAULT 'IDLE',
    ADD COLUMN nr_consumed_micros BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN nr_running_since   DATETIME(6) NULL,
    ADD COLUMN nr_stopped_at      DATETIME(6) NULL,
    ADD COLUMN nr_warned          BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN nr_breached        BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN res_target_seconds  BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN res_state           VARCHAR(10) NOT NULL DEFAULT 'IDLE',
    ADD COLUMN res_consumed_micros BIGINT      NOT NULL DEFAULT 0,
    ADD COLUMN res_running_since   DATETIME(6) NULL,
    ADD COLUMN res_stopped_at      DATETIME(6) NULL,
    ADD COLUMN res_warned          BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN res_breached        BOOLEAN     NOT NULL DEFAULT FALSE,
    -- the monitor's claim: WHERE sla_check_due_at <= now ORDER BY sla_check_due_at ... SKIP LOCKED
    ADD KEY ix_complaint_sla_check (sla_check_due_at),
    ADD KEY ix_complaint_assignee (assignee, status, created_at);

-- The thread: comments and internal notes, with their attachments' metadata.
CREATE TABLE complaint_update (
    id           CHAR(36)     NOT NULL,
    complaint_id CHAR(36)     NOT NULL,
    author       VARCHAR(100) NOT NULL,
    author_role  VARCHAR(10)  NOT NULL,
    visibility   VARCHAR(10)  NOT NULL,
    body         TEXT         NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_update_complaint (complaint_id, created_at)
) ENGINE = InnoDB;

CREATE TABLE complaint_attachment (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    update_id    CHAR(36)      NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    content_type VARCHAR(100)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    url          VARCHAR(1000) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_attachment_update (update_id)
) ENGINE = InnoDB;

-- Who changed what, when: every change a command made, in order.
CREATE TABLE complaint_audit (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    complaint_id CHAR(36)      NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(40)   NOT NULL,
    detail       VARCHAR(2000) NULL,
    at           DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_complaint (complaint_id, id)
) ENGINE = InnoDB;

CREATE TABLE sla_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    complaint_id CHAR(36)     NOT NULL,
    clock        VARCHAR(20)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    reason       VARCHAR(500) NULL,
    due_at       DATETIME(6)  NULL,
    suspicious   BOOLEAN      NOT NULL DEFAULT FALSE,
    actor        VARCHAR(100) NOT NULL,
    at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_sla_log_complaint (complaint_id, id),
    KEY ix_sla_log_kind (kind, at)
) ENGINE = InnoDB;

-- Policies are data: matched in position order; the built-in default applies when none matches.
CREATE TABLE sla_policy (
    id         VARCHAR(50)  NOT NULL,
    name       VARCHAR(200) NOT NULL,
    position   INT          NOT NULL,
    definition TEXT         NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_sla_policy_position (position)
) ENGINE = InnoDB;
