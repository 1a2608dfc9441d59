package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.ChangeCommissionRateCommand;
import com.converge.booking.application.port.inbound.ManageCommissionRatesUseCase;
import com.converge.booking.application.port.outbound.Commissions;
import com.converge.booking.domain.settlement.CategoryCommission;
import com.converge.booking.domain.settlement.CommissionRateChange;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public class ManageCommissionRatesService implements ManageCommissionRatesUseCase {

    private final UnitOfWork unitOfWork;
    private final Commissions commissions;
    private final BigDecimal defaultPercent;
    private final TimeSource clock;

    public ManageCommissionRatesService(UnitOfWork unitOfWork, Commissions commissions, BigDecimal defaultPercent,
                                        TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.commissions = commissions;
        this.defaultPercent = defaultPercent;
        this.clock = clock;
    }

    @Override
    public Uni<List<CategoryCommission>> rates() {
        return unitOfWork.reading(commissions::perCategory);
    }

    @Override
    public BigDecimal defaultPercent() {
        return defaultPercent;
    }

    @Override
    public Uni<CommissionRateChange> change(ChangeCommissionRateCommand command) {
        Instant now = clock.now();
        return unitOfWork.transactionally(() -> commissions.lock(command.categoryId())
                .map(found -> found.orElseThrow(() -> new NotFoundException("category", String.valueOf(command.categoryId()))))
                .map(category -> CommissionRateChange.of(category, command.percent(), command.caller().subject(), now))
                .call(commissions::record));
    }
}
