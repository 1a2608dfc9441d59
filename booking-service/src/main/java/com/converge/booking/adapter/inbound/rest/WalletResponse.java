package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletStatement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

public record WalletResponse(long customerId, BigDecimal balance, List<EntryView> entries) {

    public record EntryView(String id, String direction, BigDecimal amount, String reason, String reference,
                            BigDecimal balanceAfter, Instant createdAt) {

        static EntryView of(WalletEntry entry) {
            return new EntryView(entry.id(), entry.direction().name().toLowerCase(Locale.ROOT), entry.amount().amount(),
                    entry.reason().wireName(), entry.reference(), entry.balanceAfter().amount(), entry.createdAt());
        }
    }

    static WalletResponse of(long customerId, WalletStatement statement) {
        return new WalletResponse(customerId, statement.balance().amount(),
                statement.entries().stream().map(EntryView::of).toList());
    }
}
