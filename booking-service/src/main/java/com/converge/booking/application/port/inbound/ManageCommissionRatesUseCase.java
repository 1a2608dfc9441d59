package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.settlement.CategoryCommission;
import com.converge.booking.domain.settlement.CommissionRateChange;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;

/** ADMIN sees and changes the platform's commission per category. */
public interface ManageCommissionRatesUseCase {

    /** Every category, in display order, with its own rate or none (then it pays {@link #defaultPercent()}). */
    Uni<List<CategoryCommission>> rates();

    BigDecimal defaultPercent();

    /** Sets the category's rate for statements drawn from now on and keeps the change; 404 for an unknown category. */
    Uni<CommissionRateChange> change(ChangeCommissionRateCommand command);
}
