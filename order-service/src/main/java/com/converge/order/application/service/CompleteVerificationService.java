package com.converge.order.application.service;

import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import com.converge.order.application.port.inbound.CompleteVerificationUseCase;
import com.converge.order.application.port.inbound.VerificationOutcomeCommand;
import com.converge.order.application.port.outbound.Buyers;
import com.converge.order.application.port.outbound.Orders;
import com.converge.order.domain.Order;
import com.converge.order.domain.StockMovement;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

/** Runs inside the inbox's transaction, so the outcome has its effect once however often it is delivered. */
public class CompleteVerificationService implements CompleteVerificationUseCase {

    private final Orders orders;
    private final Buyers buyers;
    private final OrderAftermath aftermath;
    private final TimeSource clock;

    public CompleteVerificationService(Orders orders, Buyers buyers, OrderAftermath aftermath, TimeSource clock) {
        this.orders = orders;
        this.buyers = buyers;
        this.aftermath = aftermath;
        this.clock = clock;
    }

    @Override
    public Uni<Void> complete(VerificationOutcomeCommand command) {
        Instant now = clock.now();
        String agent = "agent:" + command.agentId();
        return orders.lock(command.orderId()).chain(found -> {
            Order order = found.orElseThrow(() -> new NotFoundException("order", command.orderId()));
            StockMovement movement = order.verificationCompleted(command.verified(), agent, command.reason(), now);
            return buyers.verificationCompleted(order.id(), order.verification(), command.agentId(), command.reason(), now)
                    .chain(() -> aftermath.settle(order, movement, agent, now))
                    .replaceWithVoid();
        });
    }
}
