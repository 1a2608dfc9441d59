package com.converge.booking.domain.wallet;

import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.UuidV7;
import java.time.Instant;
import java.util.Objects;

/**
 * A customer's wallet as of its newest ledger entry. It only ever grows by appending an entry, and
 * refuses a debit larger than the balance, so the balance can never go below zero. Callers must hold
 * the customer's lock while they read it and append, or two debits could both see the old balance.
 */
public record Wallet(CustomerId customerId, Money balance) {

    public Wallet {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(balance, "balance");
        if (balance.isNegative()) {
            throw new IllegalArgumentException("a wallet balance is never negative");
        }
    }

    public static Wallet empty(CustomerId customerId) {
        return new Wallet(customerId, Money.ZERO);
    }

    public WalletEntry credit(Money amount, WalletReason reason, String reference, Instant at) {
        requirePositive(amount);
        return new WalletEntry(UuidV7.next().toString(), customerId, WalletEntry.Direction.CREDIT, amount, reason,
                reference(reference), balance.plus(amount), at);
    }

    public WalletEntry debit(Money amount, WalletReason reason, String reference, Instant at) {
        requirePositive(amount);
        if (amount.isGreaterThan(balance)) {
            throw new BusinessRuleViolation("amount", "the wallet holds " + balance + ", less than the " + amount + " asked for");
        }
        return new WalletEntry(UuidV7.next().toString(), customerId, WalletEntry.Direction.DEBIT, amount, reason,
                reference(reference), balance.minus(amount), at);
    }

    private static void requirePositive(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new InvalidValueException("amount", "must be more than zero");
        }
    }

    private static String reference(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new InvalidValueException("reference", "is required");
        }
        if (reference.strip().length() > 100) {
            throw new InvalidValueException("reference", "is longer than 100 characters");
        }
        return reference.strip();
    }
}
