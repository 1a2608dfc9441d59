package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.customer.MobileNumber;
import java.math.BigDecimal;
import java.util.Set;

/** Validated where it becomes a {@link com.converge.booking.domain.provider.Provider}. */
public record RegisterProviderCommand(String name, MobileNumber phone, boolean verified, boolean active, BigDecimal rating,
                                      Set<Integer> subcategoryIds, Set<Pincode> pincodes) {
}
