package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.WalletEntryCommand;
import com.converge.booking.application.port.inbound.WalletUseCase;
import com.converge.booking.application.port.outbound.CustomerEvents;
import com.converge.booking.application.port.outbound.WalletLedger;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletStatement;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;

public class WalletService implements WalletUseCase {

    static final int STATEMENT_ENTRIES = 50;

    private final UnitOfWork unitOfWork;
    private final WalletLedger ledger;
    private final CustomerEvents events;
    private final TimeSource clock;

    public WalletService(UnitOfWork unitOfWork, WalletLedger ledger, CustomerEvents events, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Uni<WalletEntry> post(WalletEntryCommand command) {
        return unitOfWork.transactionally(() -> WalletPostings.post(ledger, events, command.customerId(),
                command.direction(), command.amount(), command.reason(), command.reference(), clock.now()));
    }

    @Override
    public Uni<WalletStatement> statement(CustomerId customerId, Caller caller) {
        if (!caller.mayAccess(customerId)) {
            return Uni.createFrom().failure(new NotFoundException("wallet", customerId));
        }
        return unitOfWork.reading(() -> ledger.current(customerId)
                .chain(wallet -> ledger.entries(customerId, STATEMENT_ENTRIES)
                        .map(entries -> new WalletStatement(wallet.balance(), entries))));
    }
}
