package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.RegisterCustomerCommand;
import com.converge.booking.application.port.inbound.RegisterCustomerUseCase;
import com.converge.booking.application.port.outbound.CustomerEvents;
import com.converge.booking.application.port.outbound.Customers;
import com.converge.booking.domain.customer.Customer;
import com.converge.booking.domain.customer.ReferralCode;
import com.converge.booking.domain.customer.Registration;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;

public class RegisterCustomerService implements RegisterCustomerUseCase {

    private final UnitOfWork unitOfWork;
    private final Customers customers;
    private final CustomerEvents events;
    private final TimeSource clock;

    public RegisterCustomerService(UnitOfWork unitOfWork, Customers customers, CustomerEvents events, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.customers = customers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Uni<Customer> register(RegisterCustomerCommand command) {
        return unitOfWork.transactionally(() -> refuseTaken(command)
                .chain(() -> referrer(command.referrerCode()))
                .map(referrer -> new Registration(command.chosenId(), command.name(), command.phone(), command.email(),
                        ReferralCode.generate(), referrer, clock.now()))
                .chain(customers::add)
                .call(events::registered));
    }

    private Uni<Void> refuseTaken(RegisterCustomerCommand command) {
        Uni<Void> idFree = command.chosenId() == null ? Uni.createFrom().voidItem()
                : customers.findById(command.chosenId()).invoke(found -> {
                    if (found.isPresent()) {
                        throw new ConflictException("customer-exists", "customer " + command.chosenId() + " is registered already");
                    }
                }).replaceWithVoid();
        return idFree.chain(() -> customers.findByPhone(command.phone())).invoke(found -> {
            if (found.isPresent()) {
                throw new ConflictException("customer-exists", "a customer with this phone number is registered already");
            }
        }).replaceWithVoid();
    }

    private Uni<CustomerId> referrer(ReferralCode code) {
        if (code == null) {
            return Uni.createFrom().nullItem();
        }
        return customers.findByReferralCode(code).map(found -> found.map(Customer::id)
                .orElseThrow(() -> new BusinessRuleViolation("referralCode", "no customer has referral code " + code)));
    }
}
