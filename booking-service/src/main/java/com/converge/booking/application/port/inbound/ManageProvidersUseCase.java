package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.booking.domain.provider.Provider;
import com.converge.booking.domain.provider.ProviderId;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

public interface ManageProvidersUseCase {

    Uni<Provider> register(RegisterProviderCommand command);

    Uni<Provider> find(ProviderId id);

    /** The provider registered with this phone number, if any. */
    Uni<Optional<ProviderId>> findByPhone(MobileNumber phone);

    /** Declares the provider open in these slots. */
    Uni<Void> declareOpen(ProviderId id, List<ServiceSlot> slots);
}
