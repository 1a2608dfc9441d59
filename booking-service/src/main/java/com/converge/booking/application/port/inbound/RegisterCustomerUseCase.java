package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.customer.Customer;
import io.smallrye.mutiny.Uni;

public interface RegisterCustomerUseCase {

    /** Stores the customer with a fresh referral code and publishes CustomerRegistered. */
    Uni<Customer> register(RegisterCustomerCommand command);
}
