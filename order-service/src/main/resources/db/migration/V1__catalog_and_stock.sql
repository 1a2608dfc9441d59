CREATE TABLE category (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_category_name (name)
) ENGINE = InnoDB;

CREATE TABLE brand (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    name       VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_brand_name (name)
) ENGINE = InnoDB;

CREATE TABLE product (
    id           CHAR(36)     NOT NULL,
    name         VARCHAR(200) NOT NULL,
    description  TEXT         NOT NULL,
    category_id  BIGINT       NOT NULL,
    brand_id     BIGINT       NULL,
    image_urls   TEXT         NOT NULL,
    active       BOOLEAN      NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    -- keyset pages: ORDER BY created_at, id
    KEY ix_product_listing (active, created_at, id),
    KEY ix_product_category (category_id, created_at, id),
    KEY ix_product_brand (brand_id, created_at, id),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES category (id),
    CONSTRAINT fk_product_brand FOREIGN KEY (brand_id) REFERENCES brand (id)
) ENGINE = InnoDB;

CREATE TABLE variant (
    id         CHAR(36)      NOT NULL,
    product_id CHAR(36)      NOT NULL,
    sku        VARCHAR(64)   NOT NULL,
    price      DECIMAL(12,2) NOT NULL,
    attributes TEXT          NOT NULL,
    active     BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_variant_sku (sku),
    KEY ix_variant_product (product_id),
    CONSTRAINT fk_variant_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE = InnoDB;

-- Changed only by conditional UPDATEs (available >= wanted), never read-modify-write: it never oversells.
CREATE TABLE stock (
    variant_id          CHAR(36)    NOT NULL,
    -- the variant's SKU, immutable, kept here so a stock change never has to lock the variant row
    sku                 VARCHAR(64) NOT NULL,
    on_hand             INT      NOT NULL,
    reserved            INT      NOT NULL,
    low_stock_threshold INT      NOT NULL,
    PRIMARY KEY (variant_id),
    UNIQUE KEY uk_stock_sku (sku),
    CONSTRAINT ck_stock_never_oversold CHECK (reserved >= 0 AND on_hand >= reserved),
    CONSTRAINT fk_stock_variant FOREIGN KEY (variant_id) REFERENCES variant (id)
) ENGINE = InnoDB;

-- Append-only: one row per change of a variant's stock.
CREATE TABLE inventory_ledger (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    variant_id      CHAR(36)     NOT NULL,
    reason          VARCHAR(30)  NOT NULL,
    reference       VARCHAR(100) NOT NULL,
    on_hand_before  INT          NOT NULL,
    on_hand_after   INT          NOT NULL,
    reserved_before INT          NOT NULL,
    reserved_after  INT          NOT NULL,
    changed_by      VARCHAR(100) NOT NULL,
    changed_at      DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_ledger_variant (variant_id, id)
) ENGINE = InnoDB;
