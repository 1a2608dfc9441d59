package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.customer.Customer;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.booking.domain.customer.ReferralCode;
import com.converge.booking.domain.customer.Registration;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

public interface Customers {

    /** Stores a new customer, numbered as chosen or by the store; a taken id or phone is a conflict. */
    Uni<Customer> add(Registration registration);

    Uni<Optional<Customer>> findById(CustomerId id);

    Uni<Optional<Customer>> findByPhone(MobileNumber phone);

    Uni<Optional<Customer>> findByReferralCode(ReferralCode code);
}
