package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.customer.Customer;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;

public interface FindCustomerUseCase {

    /** The profile, if {@code caller} may see it; another customer's profile does not exist for a customer. */
    Uni<Customer> find(CustomerId id, Caller caller);
}
