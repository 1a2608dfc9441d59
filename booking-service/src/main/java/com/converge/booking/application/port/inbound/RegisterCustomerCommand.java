package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.customer.Customer;
import com.converge.booking.domain.customer.EmailAddress;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.booking.domain.customer.ReferralCode;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;

/** {@code chosenId}: the registering customer's own id (token subject), or null for an ADMIN registration. */
public record RegisterCustomerCommand(CustomerId chosenId, String name, MobileNumber phone, EmailAddress email,
                                      ReferralCode referrerCode) {

    public RegisterCustomerCommand {
        name = Customer.name(name);
        if (phone == null) {
            throw new InvalidValueException("phone", "is required");
        }
        if (email == null) {
            throw new InvalidValueException("email", "is required");
        }
    }
}
