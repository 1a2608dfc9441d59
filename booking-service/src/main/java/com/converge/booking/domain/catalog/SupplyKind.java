package com.converge.booking.domain.catalog;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Locale;

/** What a category's services act on, which decides their GST place of supply (IGST Act, section 12). */
public enum SupplyKind {
    /** Services on immovable property (cleaning, plumbing, painting...): where the property is. */
    IMMOVABLE_PROPERTY,
    /** Services performed on the person (beauty and grooming): where they are performed. */
    PERFORMED_IN_PERSON,
    /** Everything else: the customer's address on record. */
    GENERAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SupplyKind fromWire(String field, String value) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        for (SupplyKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return kind;
            }
        }
        throw new InvalidValueException(field, "must be immovable_property, performed_in_person or general");
    }
}
