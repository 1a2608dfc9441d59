package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.customer.Address;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record AddressResponse(@Schema(example = "7") long id,
                              @Schema(example = "42") long customerId,
                              @Schema(example = "Home") String label,
                              @Schema(example = "12, 4th Cross, Indiranagar") String line1,
                              @Schema(example = "HAL 2nd Stage") String line2,
                              @Schema(example = "Bengaluru") String city,
                              @Schema(example = "KA") String stateCode,
                              @Schema(example = "560038") String pincode,
                              boolean isDefault) {

    static AddressResponse of(Address address) {
        return new AddressResponse(address.id(), address.customerId().value(), address.label(), address.line1(),
                address.line2(), address.city(), address.state().name(), address.pincode().value(), address.isDefault());
    }
}
