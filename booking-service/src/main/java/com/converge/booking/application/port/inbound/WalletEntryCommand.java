package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletReason;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.util.Objects;

public record WalletEntryCommand(CustomerId customerId, WalletEntry.Direction direction, Money amount,
                                 WalletReason reason, String reference) {

    public WalletEntryCommand {
        Objects.requireNonNull(customerId, "customerId");
        if (direction == null) {
            throw new InvalidValueException("direction", "must be credit or debit");
        }
        if (amount == null || !amount.isPositive()) {
            throw new InvalidValueException("amount", "must be more than zero");
        }
        if (reason == null) {
            throw new InvalidValueException("reason", "is required");
        }
        if (reference == null || reference.isBlank()) {
            throw new InvalidValueException("reference", "is required");
        }
    }
}
