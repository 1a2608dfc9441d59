package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.FindCustomerUseCase;
import com.converge.booking.application.port.outbound.Customers;
import com.converge.booking.domain.customer.Customer;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.NotFoundException;
import io.smallrye.mutiny.Uni;

public class FindCustomerService implements FindCustomerUseCase {

    private final UnitOfWork unitOfWork;
    private final Customers customers;

    public FindCustomerService(UnitOfWork unitOfWork, Customers customers) {
        this.unitOfWork = unitOfWork;
        this.customers = customers;
    }

    @Override
    public Uni<Customer> find(CustomerId id, Caller caller) {
        if (!caller.mayAccess(id)) {
            return Uni.createFrom().failure(new NotFoundException("customer", id));
        }
        return unitOfWork.reading(() -> customers.findById(id))
                .map(found -> found.orElseThrow(() -> new NotFoundException("customer", id)));
    }
}
