package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.CreateBookingCommand;
import com.converge.booking.application.port.inbound.CreateBookingUseCase;
import com.converge.booking.application.port.outbound.Addresses;
import com.converge.booking.application.port.outbound.BookingEvents;
import com.converge.booking.application.port.outbound.Bookings;
import com.converge.booking.application.port.outbound.CatalogReadModel;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.BookingItem;
import com.converge.booking.domain.catalog.Catalog;
import com.converge.booking.domain.customer.Address;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public class CreateBookingService implements CreateBookingUseCase {

    private final UnitOfWork unitOfWork;
    private final Addresses addresses;
    private final CatalogReadModel catalog;
    private final Bookings bookings;
    private final BookingEvents events;
    private final StateCode supplierState;
    private final TimeSource clock;

    public CreateBookingService(UnitOfWork unitOfWork, Addresses addresses, CatalogReadModel catalog, Bookings bookings,
                                BookingEvents events, StateCode supplierState, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.addresses = addresses;
        this.catalog = catalog;
        this.bookings = bookings;
        this.events = events;
        this.supplierState = supplierState;
        this.clock = clock;
    }

    @Override
    public Uni<Booking> create(CreateBookingCommand command) {
        Instant now = clock.now();
        // Priced from the catalog snapshot the customer browsed (no catalog statements in the transaction); whether a
        // rate card is active and offered at the address is still decided now, by BookingItem.quote.
        return unitOfWork.transactionally(() -> addresses.of(command.customerId())
                .chain(own -> catalog.current().map(all -> place(command, own, all, now)))
                .call(bookings::add)
                .call(events::created));
    }

    private Booking place(CreateBookingCommand command, List<Address> own, Catalog all, Instant now) {
        Address address = own.stream().filter(a -> a.id() == command.addressId()).findFirst()
                .orElseThrow(() -> new BusinessRuleViolation("addressId", "is not an address of customer " + command.customerId()));
        StateCode billingState = own.stream().filter(Address::isDefault).findFirst().map(Address::state).orElse(address.state());
        List<BookingItem> items = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            CreateBookingCommand.Item item = command.items().get(i);
            items.add(BookingItem.quote("items[" + i + "]", i + 1, all, item.rateCardId(), item.quantity(), item.slot(),
                    address.pincode(), supplierState, address.state(), billingState, now));
        }
        return Booking.place(command.customerId(), address.id(), address.pincode(), address.state(), billingState, items, now);
    }
}
