package com.converge.booking.domain.wallet;

import com.converge.kernel.domain.Money;
import java.util.List;

public record WalletStatement(Money balance, List<WalletEntry> entries) {

    public WalletStatement {
        entries = List.copyOf(entries);
    }
}
