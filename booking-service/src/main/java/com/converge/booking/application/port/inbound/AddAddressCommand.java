package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.customer.Address;
import com.converge.kernel.domain.Caller;
import java.util.Objects;

/** A new address; it becomes the default when {@code address.isDefault()} or when it is the customer's first. */
public record AddAddressCommand(Address address, Caller caller) {

    public AddAddressCommand {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(caller, "caller");
    }
}
