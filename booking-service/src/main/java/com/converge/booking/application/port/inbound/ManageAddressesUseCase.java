package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.customer.Address;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.util.List;

public interface ManageAddressesUseCase {

    Uni<Address> add(AddAddressCommand command);

    /** The customer's addresses, default first; 404 for another customer's. */
    Uni<List<Address>> list(CustomerId customerId, Caller caller);
}
