package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.AddAddressCommand;
import com.converge.booking.application.port.inbound.ManageAddressesUseCase;
import com.converge.booking.application.port.outbound.Addresses;
import com.converge.booking.application.port.outbound.Customers;
import com.converge.booking.domain.customer.Address;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.NotFoundException;
import io.smallrye.mutiny.Uni;
import java.util.List;

public class ManageAddressesService implements ManageAddressesUseCase {

    private final UnitOfWork unitOfWork;
    private final Customers customers;
    private final Addresses addresses;

    public ManageAddressesService(UnitOfWork unitOfWork, Customers customers, Addresses addresses) {
        this.unitOfWork = unitOfWork;
        this.customers = customers;
        this.addresses = addresses;
    }

    @Override
    public Uni<Address> add(AddAddressCommand command) {
        Address address = command.address();
        CustomerId owner = address.customerId();
        return unitOfWork.transactionally(() -> existing(owner, command.caller())
                .chain(() -> addresses.of(owner))
                .chain(current -> {
                    boolean becomesDefault = address.isDefault() || current.isEmpty();
                    Address toStore = new Address(0, owner, address.label(), address.line1(), address.line2(),
                            address.city(), address.state(), address.pincode(), becomesDefault);
                    Uni<Void> demoteOthers = becomesDefault && !current.isEmpty()
                            ? addresses.clearDefault(owner) : Uni.createFrom().voidItem();
                    return demoteOthers.chain(() -> addresses.add(toStore));
                }));
    }

    @Override
    public Uni<List<Address>> list(CustomerId customerId, Caller caller) {
        return unitOfWork.reading(() -> existing(customerId, caller).chain(() -> addresses.of(customerId)));
    }

    private Uni<Void> existing(CustomerId customerId, Caller caller) {
        if (!caller.mayAccess(customerId)) {
            return Uni.createFrom().failure(new NotFoundException("customer", customerId));
        }
        return customers.findById(customerId).invoke(found -> {
            if (found.isEmpty()) {
                throw new NotFoundException("customer", customerId);
            }
        }).replaceWithVoid();
    }
}
