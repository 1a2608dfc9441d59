package com.converge.booking.domain.invoice;

import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.catalog.SupplyKind;

/**
 * The state a service is supplied in, for GST (IGST Act 2017, section 12, supplier and recipient in
 * India): services on immovable property are supplied where the property is; services performed on
 * the person (beauty, grooming) where performed; everything else at the customer's address on
 * record. A home-services visit happens at the booking's address, so the first two are its state and
 * the last is the state of the customer's default address when they booked.
 */
public final class PlaceOfSupply {

    private PlaceOfSupply() {
    }

    public static StateCode of(SupplyKind kind, StateCode serviceAddress, StateCode customerAddress) {
        switch (kind) {
            case IMMOVABLE_PROPERTY:
            case PERFORMED_IN_PERSON:
                return serviceAddress;
            case GENERAL:
            default:
                return customerAddress;
        }
    }
}
