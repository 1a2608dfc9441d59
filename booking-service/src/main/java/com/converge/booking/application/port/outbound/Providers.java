package com.converge.booking.application.port.outbound;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.booking.domain.provider.Provider;
import com.converge.booking.domain.provider.ProviderCandidate;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.BookingId;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface Providers {

    Uni<Void> add(Provider provider);

    Uni<Optional<Provider>> findById(ProviderId id);

    Uni<Optional<ProviderId>> findIdByPhone(MobileNumber phone);

    /** Adds the slots to those the provider declared open; slots declared already stay as they are. */
    Uni<Void> declareOpen(ProviderId id, List<ServiceSlot> slots);

    /** Every provider covering {@code pincode}, with their open and taken slots between the dates and their load from {@code today}. */
    Uni<List<ProviderCandidate>> covering(Pincode pincode, LocalDate from, LocalDate to, LocalDate today);

    /**
     * Books every slot of the provider for the booking, all or none: false (and nothing kept) when
     * another booking holds one of them, even one committed a moment ago.
     */
    Uni<Boolean> claim(ProviderId provider, Set<ServiceSlot> slots, BookingId booking);

    /** Holds the provider's calendar for the rest of the transaction: claims and releases of their slots queue behind it. */
    Uni<Void> lockCalendar(ProviderId provider);

    /** Frees every slot the booking holds. */
    Uni<Void> release(BookingId booking);
}
