package com.converge.complaint.application.port.inbound;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;

public record CustomerQuery(CustomerId customerId, Caller caller) {

    public CustomerQuery {
        Commands.require(customerId, "customerId");
        Commands.require(caller, "caller");
    }
}
