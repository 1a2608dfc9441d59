package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.provider.Provider;
import java.math.BigDecimal;
import java.util.List;

public record ProviderResponse(String id, String name, String phone, boolean verified, boolean active, BigDecimal rating,
                               List<Integer> subcategoryIds, List<String> pincodes) {

    static ProviderResponse of(Provider provider) {
        return new ProviderResponse(provider.id().toString(), provider.name(), provider.phone().value(), provider.verified(),
                provider.active(), provider.rating(), provider.subcategoryIds().stream().sorted().toList(),
                provider.pincodes().stream().map(p -> p.value()).sorted().toList());
    }
}
