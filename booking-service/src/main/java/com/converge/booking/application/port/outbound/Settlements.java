package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.provider.ProviderId;
import com.converge.booking.domain.settlement.CommissionRates;
import com.converge.booking.domain.settlement.RefundAfterSettlement;
import com.converge.booking.domain.settlement.RefundCredit;
import com.converge.booking.domain.settlement.SettlementItem;
import com.converge.booking.domain.settlement.SettlementStatement;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Provider settlement statements and what they draw on. */
public interface Settlements {

    /** Locks the provider for the rest of the transaction, so statements for one provider are drawn one at a time; false when unknown. */
    Uni<Boolean> lockProvider(ProviderId provider);

    /** The lines of the provider's completed bookings in [from, to) that no statement holds yet. */
    Uni<List<SettlementItem>> unsettledItems(ProviderId provider, Instant from, Instant to);

    /**
     * What each refund's credit note reversed of the service lines of the same bookings as
     * {@link #unsettledItems}; read in the same transaction, so it sees the same credit notes.
     */
    Uni<List<RefundCredit>> refundCredits(ProviderId provider, Instant from, Instant to);

    /** Refunds (with credit notes) of the provider's settled bookings that no statement accounted for yet, in credit-note order. */
    Uni<List<RefundAfterSettlement>> refundsAfterSettlement(ProviderId provider);

    /** The rates per category, with {@code fallback} for categories without one. */
    Uni<CommissionRates> commissionRates(BigDecimal fallback);

    /** Stores a new statement; a booking or a refund some statement holds already is a conflict. */
    Uni<Void> add(SettlementStatement statement);

    Uni<Optional<SettlementStatement>> lock(String id);

    Uni<Optional<SettlementStatement>> findById(String id);

    /** Stores the statement's status and payment time. */
    Uni<Void> update(SettlementStatement statement);
}
