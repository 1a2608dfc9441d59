package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.catalog.RateCard;
import io.smallrye.mutiny.Uni;

public interface AddRateCardUseCase {

    /** Stores a new rate card; every later catalog read of this service sees it. */
    Uni<RateCard> add(AddRateCardCommand command);
}
