package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.GenerateSettlementCommand;
import com.converge.booking.application.port.inbound.SettleProvidersUseCase;
import com.converge.booking.application.port.outbound.PaymentEvents;
import com.converge.booking.application.port.outbound.Settlements;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.settlement.SettlementStatement;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;

public class SettleProvidersService implements SettleProvidersUseCase {

    private final UnitOfWork unitOfWork;
    private final Settlements settlements;
    private final PaymentEvents events;
    private final BigDecimal defaultCommission;
    private final TimeSource clock;

    public SettleProvidersService(UnitOfWork unitOfWork, Settlements settlements, PaymentEvents events,
                                  BigDecimal defaultCommission, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.settlements = settlements;
        this.events = events;
        this.defaultCommission = defaultCommission;
        this.clock = clock;
    }

    @Override
    public Uni<SettlementStatement> generate(GenerateSettlementCommand command) {
        Instant now = clock.now();
        Instant from = command.periodStart().atStartOfDay(ServiceSlot.INDIA).toInstant();
        Instant to = command.periodEnd().plusDays(1).atStartOfDay(ServiceSlot.INDIA).toInstant();
        return unitOfWork.transactionally(() -> settlements.lockProvider(command.providerId())
                .invoke(known -> {
                    if (!known) {
                        throw new NotFoundException("provider", command.providerId());
                    }
                })
                .chain(() -> settlements.unsettledItems(command.providerId(), from, to))
                .chain(items -> settlements.refundCredits(command.providerId(), from, to)
                        .chain(counted -> settlements.refundsAfterSettlement(command.providerId())
                                .chain(after -> settlements.commissionRates(defaultCommission)
                                        .map(rates -> SettlementStatement.draw(command.providerId(), command.periodStart(),
                                                command.periodEnd(), items, counted, after, rates, now)))))
                .call(settlements::add));
    }

    @Override
    public Uni<SettlementStatement> markPaid(String id) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> settlements.lock(id)
                .map(found -> found.orElseThrow(() -> new NotFoundException("settlement", id)))
                .invoke(statement -> statement.markPaid(now))
                .call(settlements::update)
                .call(events::settled));
    }

    @Override
    public Uni<SettlementStatement> find(String id) {
        return unitOfWork.reading(() -> settlements.findById(id)
                .map(found -> found.orElseThrow(() -> new NotFoundException("settlement", id))));
    }
}
