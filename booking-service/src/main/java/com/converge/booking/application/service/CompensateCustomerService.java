package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.CompensateCustomerUseCase;
import com.converge.booking.application.port.inbound.CompensationCommand;
import com.converge.booking.application.port.outbound.CustomerEvents;
import com.converge.booking.application.port.outbound.WalletLedger;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletReason;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;

/**
 * Compensation from a resolved complaint. The inbox already drops a redelivered event; the check for
 * an existing entry of the complaint, made while holding the wallet's lock, also stops a second
 * event about the same complaint from paying twice.
 */
public class CompensateCustomerService implements CompensateCustomerUseCase {

    private final UnitOfWork unitOfWork;
    private final WalletLedger ledger;
    private final CustomerEvents events;
    private final TimeSource clock;

    public CompensateCustomerService(UnitOfWork unitOfWork, WalletLedger ledger, CustomerEvents events, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Uni<Void> compensate(CompensationCommand command) {
        return unitOfWork.transactionally(() -> ledger.lock(command.customerId())
                .chain(wallet -> {
                    if (wallet.isEmpty()) {
                        return Uni.createFrom().failure(new NotFoundException("customer", command.customerId()));
                    }
                    return ledger.holds(command.customerId(), WalletReason.COMPENSATION, command.reference())
                            .chain(paid -> paid ? Uni.createFrom().voidItem()
                                    : WalletPostings.post(ledger, events, command.customerId(), WalletEntry.Direction.CREDIT,
                                    command.amount(), WalletReason.COMPENSATION, command.reference(), clock.now()).replaceWithVoid());
                }));
    }
}
