-- Which team a support user (a complaint's assignee) works in, kept by ADMIN; reports group by it.
CREATE TABLE support_team_member (
    assignee   VARCHAR(100) NOT NULL,
    team       VARCHAR(100) NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (assignee),
    KEY ix_support_team_member_team (team, assignee)
) ENGINE = InnoDB;
