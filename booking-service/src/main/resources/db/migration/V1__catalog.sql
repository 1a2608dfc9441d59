-- The service catalog: categories in display order, their subcategories, and rate cards (1-3
-- variants per subcategory) offered everywhere or only in the pincodes listed.
-- supply_kind decides the GST place of supply (IGST Act s.12): IMMOVABLE_PROPERTY -> where the
-- property is, PERFORMED_IN_PERSON (beauty and grooming) -> where performed, GENERAL -> the
-- customer's address.
CREATE TABLE category (
    id            INT          NOT NULL,
    name          VARCHAR(100) NOT NULL,
    display_order INT          NOT NULL,
    supply_kind   VARCHAR(30)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_category_name (name),
    UNIQUE KEY uk_category_display_order (display_order)
) ENGINE = InnoDB;

CREATE TABLE subcategory (
    id          INT          NOT NULL AUTO_INCREMENT,
    category_id INT          NOT NULL,
    name        VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_subcategory_name (category_id, name),
    CONSTRAINT fk_subcategory_category FOREIGN KEY (category_id) REFERENCES category (id)
) ENGINE = InnoDB;

CREATE TABLE rate_card (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    subcategory_id   INT           NOT NULL,
    name             VARCHAR(100)  NOT NULL,
    price            DECIMAL(12,2) NOT NULL,
    strike_price     DECIMAL(12,2) NULL,
    duration_minutes INT           NOT NULL,
    active_from      DATETIME(6)   NULL,
    active_until     DATETIME(6)   NULL,
    all_pincodes     BOOLEAN       NOT NULL,
    PRIMARY KEY (id),
    KEY ix_rate_card_subcategory (subcategory_id),
    CONSTRAINT fk_rate_card_subcategory FOREIGN KEY (subcategory_id) REFERENCES subcategory (id)
) ENGINE = InnoDB;

CREATE TABLE rate_card_pincode (
    rate_card_id BIGINT  NOT NULL,
    pincode      CHAR(6) NOT NULL,
    PRIMARY KEY (rate_card_id, pincode),
    KEY ix_rate_card_pincode (pincode, rate_card_id),
    CONSTRAINT fk_rate_card_pincode FOREIGN KEY (rate_card_id) REFERENCES rate_card (id)
) ENGINE = InnoDB;

-- The source design's 12 categories and 76 subcategories.
INSERT INTO category (id, name, display_order, supply_kind) VALUES
    (1, 'Home Cleaning', 1, 'IMMOVABLE_PROPERTY'),
    (2, 'Appliance Repair', 2, 'GENERAL'),
    (3, 'Plumbing', 3, 'IMMOVABLE_PROPERTY'),
    (4, 'Electrical', 4, 'IMMOVABLE_PROPERTY'),
    (5, 'Carpentry', 5, 'IMMOVABLE_PROPERTY'),
    (6, 'Painting', 6, 'IMMOVABLE_PROPERTY'),
    (7, 'Pest Control', 7, 'IMMOVABLE_PROPERTY'),
    (8, 'Water Purifier', 8, 'GENERAL'),
    (9, 'Car Care', 9, 'GENERAL'),
    (10, 'Salon for Women', 10, 'PERFORMED_IN_PERSON'),
    (11, 'Salon for Men', 11, 'PERFORMED_IN_PERSON'),
    (12, 'Packers and Movers', 12, 'GENERAL');

INSERT INTO subcategory (category_id, name) VALUES
    (1, 'Full Home Deep Cleaning'), (1, 'Bathroom Cleaning'), (1, 'Kitchen Cleaning'), (1, 'Sofa Cleaning'),
    (1, 'Carpet Cleaning'), (1, 'Mattress Cleaning'), (1, 'Window Cleaning'), (1, 'Move-in Move-out Cleaning'),
    (2, 'AC Service and Repair'), (2, 'Washing Machine Repair'), (2, 'Refrigerator Repair'), (2, 'Microwave Repair'),
    (2, 'Television Repair'), (2, 'Geyser Repair'), (2, 'Chimney Repair'), (2, 'Dishwasher Repair'),
    (3, 'Tap and Mixer Repair'), (3, 'Leakage Repair'), (3, 'Toilet Repair'), (3, 'Basin and Sink Installation'),
    (3, 'Drain Blockage Removal'), (3, 'Water Tank Cleaning'), (3, 'Motor Pump Repair'),
    (4, 'Switch and Socket Repair'), (4, 'Fan Installation'), (4, 'Light Fitting'), (4, 'House Wiring'),
    (4, 'Inverter Installation'), (4, 'MCB and Fuse Repair'), (4, 'Doorbell Installation'),
    (5, 'Furniture Repair'), (5, 'Door Repair'), (5, 'Bed Assembly'), (5, 'Wardrobe Repair'),
    (5, 'Curtain Rod Installation'), (5, 'Drill and Hang'), (5, 'Modular Furniture Assembly'),
    (6, 'Full Home Painting'), (6, 'Room Painting'), (6, 'Wall Texture'), (6, 'Waterproofing'), (6, 'Wood Polishing'),
    (7, 'Cockroach Control'), (7, 'Termite Control'), (7, 'Bed Bug Control'), (7, 'Mosquito Control'),
    (7, 'Rodent Control'), (7, 'General Pest Control'),
    (8, 'RO Installation'), (8, 'RO Service'), (8, 'RO Repair'), (8, 'Filter Replacement'),
    (9, 'Car Wash at Home'), (9, 'Car Interior Cleaning'), (9, 'Car Polishing'), (9, 'Car Battery Replacement'),
    (9, 'Car Tyre Service'),
    (10, 'Waxing'), (10, 'Facial'), (10, 'Manicure'), (10, 'Pedicure'), (10, 'Threading'), (10, 'Hair Spa'),
    (10, 'Bleach and De-tan'), (10, 'Bridal Makeup'),
    (11, 'Haircut'), (11, 'Beard Grooming'), (11, 'Men''s Facial'), (11, 'Head Massage'), (11, 'Hair Colour'),
    (11, 'Men''s Pedicure'),
    (12, 'Local House Shifting'), (12, 'Intercity House Shifting'), (12, 'Office Shifting'), (12, 'Vehicle Transport'),
    (12, 'Single Item Moving');

-- 156 rate cards, as in the source design: a Standard card for every subcategory, a Premium one for
-- two in three, an Express one for the rest and a few more. Prices exclude GST.
INSERT INTO rate_card (subcategory_id, name, price, strike_price, duration_minutes, active_from, active_until, all_pincodes)
SELECT s.id, 'Standard',
       CASE s.category_id WHEN 6 THEN 2499 WHEN 12 THEN 4999 WHEN 7 THEN 1199 ELSE 399 END + (s.id MOD 5) * 50,
       NULL,
       CASE s.category_id WHEN 6 THEN 480 WHEN 12 THEN 360 WHEN 1 THEN 180 ELSE 60 END,
       NULL, NULL, s.category_id <> 9
FROM subcategory s;

INSERT INTO rate_card (subcategory_id, name, price, strike_price, duration_minutes, active_from, active_until, all_pincodes)
SELECT r.subcategory_id, 'Premium', ROUND(r.price * 1.5), ROUND(r.price * 1.8), r.duration_minutes + 30, NULL, NULL, r.all_pincodes
FROM rate_card r WHERE r.name = 'Standard' AND r.subcategory_id MOD 3 <> 0;

INSERT INTO rate_card (subcategory_id, name, price, strike_price, duration_minutes, active_from, active_until, all_pincodes)
SELECT r.subcategory_id, 'Express', r.price + 199, NULL, r.duration_minutes, NULL, NULL, r.all_pincodes
FROM rate_card r WHERE r.name = 'Standard' AND (r.subcategory_id MOD 3 = 0 OR r.subcategory_id IN (1, 2, 4, 5));

-- Car care is offered only in the metro pincodes it has washing vans in.
INSERT INTO rate_card_pincode (rate_card_id, pincode)
SELECT r.id, p.pincode
FROM rate_card r
JOIN subcategory s ON s.id = r.subcategory_id AND s.category_id = 9
CROSS JOIN (SELECT '560001' AS pincode UNION ALL SELECT '560034' UNION ALL SELECT '400001' UNION ALL SELECT '110001') p;
