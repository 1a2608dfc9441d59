package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletStatement;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record WalletResponse(@Schema(example = "42") long customerId,
                             @Schema(example = "250.00") BigDecimal balance,
                             List<EntryView> entries) {

    public record EntryView(@Schema(example = "01a23ba2-a6c8-7b0e-ab53-f16947ccf25e") String id,
                            @Schema(example = "credit") String direction,
                            @Schema(example = "150.00") BigDecimal amount,
                            @Schema(example = "refund") String reason,
                            @Schema(example = "refund:01a23ba2-a6c8-74fd-b12a-abfe228f219e") String reference,
                            @Schema(example = "250.00") BigDecimal balanceAfter,
                            @Schema(example = "2026-12-03T11:20:45.774102Z") Instant createdAt) {

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
