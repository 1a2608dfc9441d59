package com.converge.booking.adapter.inbound.rest;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record CommissionRateRequest(
        @Schema(required = true, description = "Percent of the taxable value, 0 to 100 with at most two decimals (above 80 is refused with 422)",
                example = "17.5") BigDecimal percent) {
}
