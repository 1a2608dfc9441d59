package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.provider.Provider;
import com.converge.booking.domain.provider.ProviderId;
import io.smallrye.mutiny.Uni;
import java.util.List;

public interface ManageProvidersUseCase {

    Uni<Provider> register(RegisterProviderCommand command);

    Uni<Provider> find(ProviderId id);

    /** Declares the provider open in these slots. */
    Uni<Void> declareOpen(ProviderId id, List<ServiceSlot> slots);
}
