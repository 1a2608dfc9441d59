-- A customer's segment picks their complaints' SLA policy; customers not listed are 'standard'.
CREATE TABLE customer_segment (
    customer_id BIGINT       NOT NULL,
    segment     VARCHAR(30)  NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (customer_id),
    KEY ix_customer_segment_segment (segment, customer_id)
) ENGINE = InnoDB;
