package com.converge.booking.domain.provider;

import com.converge.booking.domain.ServiceSlot;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A provider covering a booking's pincode, as the assignment sees them: what they serve, the slots
 * they declared open, the slots already taken, and their current load (upcoming assigned slots).
 */
public record ProviderCandidate(ProviderId id, boolean verified, boolean active, BigDecimal rating, long load,
                                Set<Integer> subcategoryIds, Set<ServiceSlot> openSlots, Set<ServiceSlot> takenSlots) {

    public ProviderCandidate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rating, "rating");
        subcategoryIds = Set.copyOf(subcategoryIds);
        openSlots = Set.copyOf(openSlots);
        takenSlots = Set.copyOf(takenSlots);
    }

    public boolean canTake(Set<Integer> subcategories, Set<ServiceSlot> slots) {
        return verified && active
                && subcategoryIds.containsAll(subcategories)
                && openSlots.containsAll(slots)
                && slots.stream().noneMatch(takenSlots::contains);
    }
}
