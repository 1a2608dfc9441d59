package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.customer.Address;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

public interface Addresses {

    /** Stores a new address and returns it with its id. */
    Uni<Address> add(Address address);

    /** The customer's addresses, default first. */
    Uni<List<Address>> of(CustomerId customerId);

    Uni<Optional<Address>> findById(long id);

    /** No address of this customer is the default any more. */
    Uni<Void> clearDefault(CustomerId customerId);
}
