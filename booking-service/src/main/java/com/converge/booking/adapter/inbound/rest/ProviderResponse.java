package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.provider.Provider;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ProviderResponse(@Schema(example = "01a139af-6b40-7a4c-9123-b1612dd272d1") String id,
                               @Schema(example = "Ramesh Electricals") String name,
                               @Schema(example = "+919812345678") String phone,
                               boolean verified,
                               boolean active,
                               @Schema(example = "4.60") BigDecimal rating,
                               @Schema(example = "[14, 24, 25]") List<Integer> subcategoryIds,
                               @Schema(example = "[\"560001\", \"560038\"]") List<String> pincodes) {

    static ProviderResponse of(Provider provider) {
        return new ProviderResponse(provider.id().toString(), provider.name(), provider.phone().value(), provider.verified(),
                provider.active(), provider.rating(), provider.subcategoryIds().stream().sorted().toList(),
                provider.pincodes().stream().map(p -> p.value()).sorted().toList());
    }
}
