package com.converge.booking.application.service;

import com.converge.booking.application.port.outbound.Providers;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.provider.ProviderAssignment;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.ConflictException;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Finds who can take a booking's slots and claims them, as confirming, reassigning and rescheduling do. */
final class SlotClaims {

    private final Providers providers;

    SlotClaims(Providers providers) {
        this.providers = providers;
    }

    /** The providers able to take every slot of the booking as it is now, best first. */
    Uni<List<ProviderId>> ranked(Booking booking, Instant now) {
        TreeSet<ServiceSlot> slots = new TreeSet<>(booking.slots());
        LocalDate today = LocalDate.ofInstant(now, ServiceSlot.INDIA);
        return providers.covering(booking.pincode(), slots.first().date(), slots.last().date(), today)
                .map(candidates -> ProviderAssignment.ranked(candidates, booking.subcategoryIds(), slots));
    }

    /** Tries the ranked providers in turn; one whose slot a concurrent booking took is passed over. 409 when none is left. */
    Uni<ProviderId> claimFirstFree(List<ProviderId> ranked, Set<ServiceSlot> slots, BookingId booking) {
        return claimFrom(ranked, 0, slots, booking);
    }

    private Uni<ProviderId> claimFrom(List<ProviderId> ranked, int next, Set<ServiceSlot> slots, BookingId booking) {
        if (next >= ranked.size()) {
            return Uni.createFrom().failure(new ConflictException("no-provider-available",
                    "no verified, active provider covering the address and every service is free in the booking's slots"));
        }
        ProviderId candidate = ranked.get(next);
        return providers.claim(candidate, slots, booking)
                .chain(claimed -> claimed ? Uni.createFrom().item(candidate) : claimFrom(ranked, next + 1, slots, booking));
    }
}
