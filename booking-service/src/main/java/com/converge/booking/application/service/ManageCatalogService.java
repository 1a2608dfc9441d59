package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.CategoryCommand;
import com.converge.booking.application.port.inbound.ManageCatalogUseCase;
import com.converge.booking.application.port.inbound.SubcategoryCommand;
import com.converge.booking.application.port.outbound.CatalogReadModel;
import com.converge.booking.application.port.outbound.CatalogRepository;
import com.converge.booking.domain.catalog.Category;
import com.converge.booking.domain.catalog.Subcategory;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.NotFoundException;
import io.smallrye.mutiny.Uni;

public class ManageCatalogService implements ManageCatalogUseCase {

    private final UnitOfWork unitOfWork;
    private final CatalogRepository catalog;
    private final CatalogReadModel readModel;

    public ManageCatalogService(UnitOfWork unitOfWork, CatalogRepository catalog, CatalogReadModel readModel) {
        this.unitOfWork = unitOfWork;
        this.catalog = catalog;
        this.readModel = readModel;
    }

    // each change tells the read model after its commit: one emptied before it could load the old catalog again and keep it

    @Override
    public Uni<Category> addCategory(CategoryCommand command) {
        return unitOfWork.transactionally(() -> catalog.add(command.category(0)))
                .invoke(readModel::changed);
    }

    @Override
    public Uni<Category> changeCategory(int id, CategoryCommand command) {
        Category changed = command.category(id);
        return unitOfWork.transactionally(() -> catalog.category(id)
                        .map(found -> found.orElseThrow(() -> new NotFoundException("category", String.valueOf(id))))
                        .chain(() -> catalog.update(changed))
                        .replaceWith(changed))
                .invoke(readModel::changed);
    }

    @Override
    public Uni<Subcategory> addSubcategory(SubcategoryCommand command) {
        return unitOfWork.transactionally(() -> requireCategory(command.categoryId())
                        .chain(() -> catalog.add(command.subcategory(0))))
                .invoke(readModel::changed);
    }

    @Override
    public Uni<Subcategory> changeSubcategory(int id, SubcategoryCommand command) {
        Subcategory changed = command.subcategory(id);
        return unitOfWork.transactionally(() -> catalog.subcategory(id)
                        .map(found -> found.orElseThrow(() -> new NotFoundException("subcategory", String.valueOf(id))))
                        .chain(() -> requireCategory(command.categoryId()))
                        .chain(() -> catalog.update(changed))
                        .replaceWith(changed))
                .invoke(readModel::changed);
    }

    private Uni<Category> requireCategory(int id) {
        return catalog.category(id)
                .map(found -> found.orElseThrow(() -> new BusinessRuleViolation("categoryId", "no category " + id)));
    }
}
