package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.customer.Address;

public record AddressResponse(long id, long customerId, String label, String line1, String line2, String city,
                              String stateCode, String pincode, boolean isDefault) {

    static AddressResponse of(Address address) {
        return new AddressResponse(address.id(), address.customerId().value(), address.label(), address.line1(),
                address.line2(), address.city(), address.state().name(), address.pincode().value(), address.isDefault());
    }
}
