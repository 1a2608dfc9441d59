package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.settlement.CategoryCommission;
import com.converge.booking.domain.settlement.CommissionRateChange;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/** The commission rate of each category and every change made to them. */
public interface Commissions {

    /** Every category in display order with its own rate, if it has one. */
    Uni<List<CategoryCommission>> perCategory();

    /** The category and its rate, locked for the rest of the transaction so changes to one rate queue; empty when unknown. */
    Uni<Optional<CategoryCommission>> lock(int categoryId);

    /** Stores the new rate and the change. */
    Uni<Void> record(CommissionRateChange change);
}
