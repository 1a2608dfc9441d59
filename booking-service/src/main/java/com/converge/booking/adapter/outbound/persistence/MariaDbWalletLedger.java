package com.converge.booking.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.booking.application.port.outbound.WalletLedger;
import com.converge.booking.domain.wallet.Wallet;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletReason;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The ledger in {@code wallet_entry}. {@link #lock} takes the customer row's lock, then reads the
 * newest balance with a locking read: under REPEATABLE READ a plain read could see a snapshot
 * older than the last committed debit, and two debits would both spend the same money.
 */
@ApplicationScoped
public class MariaDbWalletLedger implements WalletLedger {

    private static final String LOCK_CUSTOMER = "SELECT id FROM customer WHERE id = ?1 FOR UPDATE";
    private static final String NEWEST_BALANCE_LOCKED = """
            SELECT balance_after FROM wallet_entry WHERE customer_id = ?1 ORDER BY seq DESC LIMIT 1 FOR UPDATE""";
    private static final String NEWEST_BALANCE = """
            SELECT balance_after FROM wallet_entry WHERE customer_id = ?1 ORDER BY seq DESC LIMIT 1""";
    private static final String INSERT = """
            INSERT INTO wallet_entry (id, customer_id, direction, amount, reason, reference, balance_after, created_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""";
    private static final String ENTRIES = """
            SELECT id, direction, amount, reason, reference, balance_after, created_at
            FROM wallet_entry WHERE customer_id = ?1 ORDER BY seq DESC LIMIT ?2""";

    @Override
    public Uni<Optional<Wallet>> lock(CustomerId customerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK_CUSTOMER, Object.class)
                .setParameter(1, customerId.value())
                .getResultList()
                .chain(rows -> rows.isEmpty()
                        ? Uni.createFrom().item(Optional.<Wallet>empty())
                        : session.createNativeQuery(NEWEST_BALANCE_LOCKED, Object.class)
                                .setParameter(1, customerId.value())
                                .getResultList()
                                .map(balances -> Optional.of(wallet(customerId, balances)))));
    }

    @Override
    public Uni<Wallet> current(CustomerId customerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(NEWEST_BALANCE, Object.class)
                .setParameter(1, customerId.value())
                .getResultList()
                .map(balances -> wallet(customerId, balances)));
    }

    @Override
    public Uni<Void> append(WalletEntry entry) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                .setParameter(1, entry.id())
                .setParameter(2, entry.customerId().value())
                .setParameter(3, entry.direction().name())
                .setParameter(4, entry.amount().amount())
                .setParameter(5, entry.reason().name())
                .setParameter(6, entry.reference())
                .setParameter(7, entry.balanceAfter().amount())
                .setParameter(8, NativeSql.utc(entry.createdAt()))
                .executeUpdate()
                .replaceWithVoid());
    }

    @Override
    public Uni<Boolean> holds(CustomerId customerId, WalletReason reason, String reference) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT 1 FROM wallet_entry WHERE customer_id = ?1 AND reason = ?2 AND reference = ?3 LIMIT 1 FOR UPDATE", Object.class)
                .setParameter(1, customerId.value()).setParameter(2, reason.name()).setParameter(3, reference)
                .getResultList().map(rows -> !rows.isEmpty()));
    }

    @Override
    public Uni<List<WalletEntry>> entries(CustomerId customerId, int limit) {
        return Panache.getSession().chain(session -> session.createNativeQuery(ENTRIES, Object[].class)
                .setParameter(1, customerId.value())
                .setParameter(2, limit)
                .getResultList()
                .map(rows -> rows.stream().map(row -> new WalletEntry((String) row[0], customerId,
                        WalletEntry.Direction.valueOf((String) row[1]), new Money(SqlValues.asDecimal(row[2])),
                        WalletReason.valueOf((String) row[3]), (String) row[4], new Money(SqlValues.asDecimal(row[5])),
                        NativeSql.instant(row[6]))).toList()));
    }

    private static Wallet wallet(CustomerId customerId, List<Object> balances) {
        return balances.isEmpty() ? Wallet.empty(customerId) : new Wallet(customerId, new Money(SqlValues.asDecimal(balances.get(0))));
    }
}
