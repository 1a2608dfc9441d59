package com.converge.booking.adapter.outbound.messaging;

import com.converge.booking.application.port.outbound.CustomerEvents;
import com.converge.booking.domain.customer.Customer;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.kernel.application.Outbox;
import com.converge.kernel.events.CustomerRegistered;
import com.converge.kernel.events.WalletCredited;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Maps customers and wallet entries to their published contracts and hands them to the outbox. */
@ApplicationScoped
public class OutboxCustomerEvents implements CustomerEvents {

    private final Outbox outbox;

    OutboxCustomerEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Uni<Void> registered(Customer customer) {
        return outbox.append(new CustomerRegistered(customer.id().value(), customer.name(), customer.phone().value(),
                customer.email().value(), customer.referralCode().value(),
                customer.referrer().map(id -> id.value()).orElse(null), customer.registeredAt()));
    }

    @Override
    public Uni<Void> walletCredited(WalletEntry entry) {
        return outbox.append(new WalletCredited(entry.id(), entry.customerId().value(), entry.amount().amount(),
                entry.reason().wireName(), entry.reference(), entry.balanceAfter().amount(), entry.createdAt()));
    }
}
