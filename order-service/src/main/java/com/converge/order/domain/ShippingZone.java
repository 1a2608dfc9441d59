package com.converge.order.domain;

import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A shipping fee for a state or a pincode prefix, waived for orders of at least {@code freeAbove}. */
public record ShippingZone(Long id, String name, String state, String pincodePrefix, Money fee, Money freeAbove) {

    public ShippingZone {
        Objects.requireNonNull(name, "name");
        if ((state == null) == (pincodePrefix == null)) {
            throw new InvalidValueException("pincodePrefix", "a zone is either a state or a pincode prefix");
        }
        if (pincodePrefix != null && !pincodePrefix.matches("[1-9][0-9]{0,5}")) {
            throw new InvalidValueException("pincodePrefix", "is 1 to 6 digits, not starting with 0");
        }
        Objects.requireNonNull(fee, "fee");
        if (fee.isNegative()) {
            throw new InvalidValueException("fee", "is never negative");
        }
    }

    public Money feeFor(Money orderValue) {
        return freeAbove != null && !orderValue.isLessThan(freeAbove) ? Money.ZERO : fee;
    }

    boolean covers(Destination destination) {
        return pincodePrefix != null ? destination.pincode().startsWith(pincodePrefix)
                : state.equalsIgnoreCase(destination.state());
    }

    /** The most specific zone for {@code destination}: the longest matching pincode prefix, else its state. */
    public static ShippingZone forDestination(List<ShippingZone> zones, Destination destination) {
        Optional<ShippingZone> byPincode = zones.stream()
                .filter(z -> z.pincodePrefix() != null && z.covers(destination))
                .max(Comparator.comparingInt(z -> z.pincodePrefix().length()));
        return byPincode.or(() -> zones.stream().filter(z -> z.state() != null && z.covers(destination)).findFirst())
                .orElseThrow(() -> new BusinessRuleViolation("shipTo.pincode", "we do not ship to " + destination.pincode()));
    }
}
