package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.customer.Customer;
import com.converge.booking.domain.wallet.WalletEntry;
import io.smallrye.mutiny.Uni;

/** The customer and wallet events booking-service publishes; written in the caller's transaction. */
public interface CustomerEvents {

    Uni<Void> registered(Customer customer);

    Uni<Void> walletCredited(WalletEntry entry);
}
