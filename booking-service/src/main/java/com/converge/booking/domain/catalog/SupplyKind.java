package com.converge.booking.domain.catalog;

/** What a category's services act on, which decides their GST place of supply (IGST Act, section 12). */
public enum SupplyKind {
    /** Services on immovable property (cleaning, plumbing, painting...): where the property is. */
    IMMOVABLE_PROPERTY,
    /** Services performed on the person (beauty and grooming): where they are performed. */
    PERFORMED_IN_PERSON,
    /** Everything else: the customer's address on record. */
    GENERAL
}
