package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.ManageProvidersUseCase;
import com.converge.booking.application.port.inbound.RegisterProviderCommand;
import com.converge.booking.application.port.outbound.Providers;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.booking.domain.provider.Provider;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.NotFoundException;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

public class ManageProvidersService implements ManageProvidersUseCase {

    private final UnitOfWork unitOfWork;
    private final Providers providers;

    public ManageProvidersService(UnitOfWork unitOfWork, Providers providers) {
        this.unitOfWork = unitOfWork;
        this.providers = providers;
    }

    @Override
    public Uni<Provider> register(RegisterProviderCommand command) {
        if (command.phone() == null) {
            throw new InvalidValueException("phone", "is required");
        }
        Provider provider = new Provider(ProviderId.next(), command.name(), command.phone(), command.verified(),
                command.active(), command.rating(), command.subcategoryIds(), command.pincodes());
        return unitOfWork.transactionally(() -> providers.add(provider).replaceWith(provider));
    }

    @Override
    public Uni<Provider> find(ProviderId id) {
        return unitOfWork.reading(() -> providers.findById(id))
                .map(found -> found.orElseThrow(() -> new NotFoundException("provider", id)));
    }

    @Override
    public Uni<Optional<ProviderId>> findByPhone(MobileNumber phone) {
        return unitOfWork.reading(() -> providers.findIdByPhone(phone));
    }

    @Override
    public Uni<Void> declareOpen(ProviderId id, List<ServiceSlot> slots) {
        return unitOfWork.transactionally(() -> providers.findById(id)
                .invoke(found -> found.orElseThrow(() -> new NotFoundException("provider", id)))
                .chain(() -> providers.declareOpen(id, slots)));
    }
}
