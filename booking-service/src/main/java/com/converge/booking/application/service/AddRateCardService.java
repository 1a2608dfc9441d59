package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.AddRateCardCommand;
import com.converge.booking.application.port.inbound.AddRateCardUseCase;
import com.converge.booking.application.port.outbound.CatalogReadModel;
import com.converge.booking.application.port.outbound.CatalogRepository;
import com.converge.booking.domain.catalog.RateCard;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import io.smallrye.mutiny.Uni;

public class AddRateCardService implements AddRateCardUseCase {

    private final UnitOfWork unitOfWork;
    private final CatalogRepository catalog;
    private final CatalogReadModel readModel;

    public AddRateCardService(UnitOfWork unitOfWork, CatalogRepository catalog, CatalogReadModel readModel) {
        this.unitOfWork = unitOfWork;
        this.catalog = catalog;
        this.readModel = readModel;
    }

    @Override
    public Uni<RateCard> add(AddRateCardCommand command) {
        return readModel.current()
                .invoke(all -> {
                    if (all.subcategory(command.subcategoryId()).isEmpty()) {
                        throw new BusinessRuleViolation("subcategoryId", "no subcategory " + command.subcategoryId());
                    }
                })
                .chain(() -> unitOfWork.transactionally(() -> catalog.add(command.rateCard())))
                // after the commit: a read model emptied before it could load the old catalog again and keep it
                .invoke(readModel::changed);
    }
}
