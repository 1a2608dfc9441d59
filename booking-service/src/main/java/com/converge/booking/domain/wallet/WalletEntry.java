package com.converge.booking.domain.wallet;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.Objects;

/** One line of the append-only wallet ledger; {@code amount} is positive, {@code direction} says which way. */
public record WalletEntry(String id, CustomerId customerId, Direction direction, Money amount,
                          WalletReason reason, String reference, Money balanceAfter,
                          Instant createdAt) {

    public enum Direction { CREDIT, DEBIT }

    public WalletEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a wallet entry moves a positive amount");
        }
        if (balanceAfter.isNegative()) {
            throw new IllegalArgumentException("a wallet balance is never negative");
        }
    }

    public boolean isCredit() {
        return direction == Direction.CREDIT;
    }
}
