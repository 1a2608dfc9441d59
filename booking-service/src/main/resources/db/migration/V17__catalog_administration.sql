-- ADMIN creates and changes categories and subcategories through the API. A category is numbered by
-- the database like a subcategory (MySQL 8 refuses to touch a column a foreign key uses while the checks
-- are on, MariaDB does not mind). Either can be deactivated: it leaves the catalog, and its rate cards
-- cannot be booked, while bookings, commissions and statements that name it keep it.
SET FOREIGN_KEY_CHECKS = 0;
ALTER TABLE category MODIFY id INT NOT NULL AUTO_INCREMENT;
SET FOREIGN_KEY_CHECKS = 1;

-- Display orders may tie (the id decides then), so moving a category is one change, not a dance around a
-- unique key.
ALTER TABLE category
    DROP INDEX uk_category_display_order,
    ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;

-- Subcategories get a display order of their own within their category, first the order they were shown in (by id).
ALTER TABLE subcategory
    ADD COLUMN display_order INT NOT NULL DEFAULT 0,
    ADD COLUMN active BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE subcategory s
    JOIN (SELECT id, ROW_NUMBER() OVER (PARTITION BY category_id ORDER BY id) AS position FROM subcategory) o ON o.id = s.id
SET s.display_order = o.position;
