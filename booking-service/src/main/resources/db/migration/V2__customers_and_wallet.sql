-- A CUSTOMER's token subject is customer.id.
CREATE TABLE customer (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    name          VARCHAR(100) NOT NULL,
    phone         VARCHAR(13)  NOT NULL,
    email         VARCHAR(254) NOT NULL,
    referral_code VARCHAR(12)  NOT NULL,
    referred_by   BIGINT       NULL,
    registered_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_customer_phone (phone),
    UNIQUE KEY uk_customer_referral_code (referral_code),
    KEY ix_customer_referred_by (referred_by)
) ENGINE = InnoDB;

CREATE TABLE address (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id BIGINT       NOT NULL,
    label       VARCHAR(50)  NOT NULL,
    line1       VARCHAR(200) NOT NULL,
    line2       VARCHAR(200) NULL,
    city        VARCHAR(100) NOT NULL,
    state_code  CHAR(2)      NOT NULL,
    pincode     CHAR(6)      NOT NULL,
    is_default  BOOLEAN      NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_address_customer (customer_id),
    CONSTRAINT fk_address_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB;

-- The wallet is this ledger; the balance is the newest entry's balance_after. Entries are only
-- ever inserted, each while holding the customer's row lock, so balance_after never goes below zero.
CREATE TABLE wallet_entry (
    seq           BIGINT        NOT NULL AUTO_INCREMENT,
    id            CHAR(36)      NOT NULL,
    customer_id   BIGINT        NOT NULL,
    direction     VARCHAR(6)    NOT NULL,
    amount        DECIMAL(12,2) NOT NULL,
    reason        VARCHAR(20)   NOT NULL,
    reference     VARCHAR(100)  NOT NULL,
    balance_after DECIMAL(12,2) NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (seq),
    UNIQUE KEY uk_wallet_entry_id (id),
    KEY ix_wallet_entry_customer (customer_id, seq),
    CONSTRAINT ck_wallet_entry_amount CHECK (amount > 0),
    CONSTRAINT ck_wallet_entry_balance CHECK (balance_after >= 0),
    CONSTRAINT fk_wallet_entry_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE = InnoDB;
