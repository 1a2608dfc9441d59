-- One line per customer and variant: adding to a line is one INSERT ... ON DUPLICATE KEY UPDATE, so concurrent adds sum.
CREATE TABLE cart_line (
    customer_id BIGINT      NOT NULL,
    variant_id  CHAR(36)    NOT NULL,
    sku         VARCHAR(64) NOT NULL,
    quantity    INT         NOT NULL,
    added_at    DATETIME(6) NOT NULL,
    updated_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id, variant_id),
    KEY ix_cart_line_sku (customer_id, sku),
    CONSTRAINT ck_cart_line_quantity CHECK (quantity >= 1),
    CONSTRAINT fk_cart_line_variant FOREIGN KEY (variant_id) REFERENCES variant (id)
) ENGINE = InnoDB;

-- A wished variant (item_id = variant_id) or a whole product (item_id = product_id, variant_id NULL).
CREATE TABLE wishlist_item (
    customer_id BIGINT      NOT NULL,
    item_id     CHAR(36)    NOT NULL,
    product_id  CHAR(36)    NOT NULL,
    variant_id  CHAR(36)    NULL,
    added_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (customer_id, item_id),
    KEY ix_wishlist_newest (customer_id, added_at),
    CONSTRAINT fk_wishlist_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_wishlist_variant FOREIGN KEY (variant_id) REFERENCES variant (id)
) ENGINE = InnoDB;
