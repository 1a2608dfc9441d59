package com.converge.booking.domain.provider;

import com.converge.booking.domain.ServiceSlot;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Who to send: verified, active providers who serve every subcategory of the booking and are open
 * and free in every slot of it, best first: higher rating, then lower load, then the older id so
 * the order is stable. The caller claims the slots of the first it can; a provider taken meanwhile
 * by a concurrent confirmation is skipped for the next.
 */
public final class ProviderAssignment {

    private static final Comparator<ProviderCandidate> BEST_FIRST = Comparator
            .comparing(ProviderCandidate::rating).reversed()
            .thenComparingLong(ProviderCandidate::load)
            .thenComparing(candidate -> candidate.id().value());

    private ProviderAssignment() {
    }

    public static List<ProviderId> ranked(List<ProviderCandidate> candidates, Set<Integer> subcategories, Set<ServiceSlot> slots) {
        return candidates.stream()
                .filter(candidate -> candidate.canTake(subcategories, slots))
                .sorted(BEST_FIRST)
                .map(ProviderCandidate::id)
                .toList();
    }
}
