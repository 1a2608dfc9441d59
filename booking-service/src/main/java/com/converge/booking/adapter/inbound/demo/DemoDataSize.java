package com.converge.booking.adapter.inbound.demo;

import com.converge.kernel.domain.InvalidValueException;

/**
 * How much demo data to load. The source design's figures are the default: 150 customers (about 200
 * addresses), 120 providers, 140 bookings. Providers past {@link #BOOKABLE_PROVIDERS} are the bulk of
 * a benchmark (10,000 for "catalog by pincode with 10,000 providers"): registered over many pincodes,
 * without a calendar.
 */
public record DemoDataSize(int customers, int providers, int bookings, long seed) {

    public static final DemoDataSize SOURCE_DESIGN = new DemoDataSize(150, 120, 140, 2026);
    public static final int BOOKABLE_PROVIDERS = 120;
    public static final int MAX_CUSTOMERS = 10_000;
    public static final int MAX_PROVIDERS = 20_000;
    public static final int MAX_BOOKINGS = 20_000;

    public DemoDataSize {
        check("customers", customers, 1, MAX_CUSTOMERS);
        check("providers", providers, 0, MAX_PROVIDERS);
        check("bookings", bookings, 0, MAX_BOOKINGS);
    }

    private static void check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidValueException(field, "must be between " + min + " and " + max);
        }
    }
}
