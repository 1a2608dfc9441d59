package com.converge.booking.application.service;

import com.converge.booking.application.port.inbound.ListBookingsQuery;
import com.converge.booking.application.port.inbound.ListBookingsUseCase;
import com.converge.booking.application.port.outbound.BookingFilter;
import com.converge.booking.application.port.outbound.Bookings;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.booking.BookingSummary;
import com.converge.kernel.application.Page;
import com.converge.kernel.application.PageCursor;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

public class ListBookingsService implements ListBookingsUseCase {

    private final UnitOfWork unitOfWork;
    private final Bookings bookings;

    public ListBookingsService(UnitOfWork unitOfWork, Bookings bookings) {
        this.unitOfWork = unitOfWork;
        this.bookings = bookings;
    }

    @Override
    public Uni<Page<BookingSummary>> list(ListBookingsQuery query) {
        Instant afterCreatedAt = null;
        String afterId = null;
        if (query.cursor() != null) {
            List<String> keys = PageCursor.decode(query.cursor(), 2);
            try {
                afterCreatedAt = Instant.parse(keys.get(0));
                afterId = BookingId.of(keys.get(1)).toString();
            } catch (DateTimeParseException | InvalidValueException e) {
                throw new InvalidValueException("cursor", "is not a cursor this list gave out");
            }
        }
        CustomerId customer = query.caller().isCustomerOnly() ? query.caller().customerId() : query.customer();
        BookingFilter filter = new BookingFilter(customer, query.statuses(),
                query.from() == null ? null : query.from().atStartOfDay(ServiceSlot.INDIA).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(ServiceSlot.INDIA).toInstant(),
                afterCreatedAt, afterId);
        int limit = query.limit();
        return unitOfWork.reading(() -> bookings.list(filter, limit + 1)).map(found -> {
            if (found.size() <= limit) {
                return new Page<>(found, null);
            }
            List<BookingSummary> page = found.subList(0, limit);
            BookingSummary last = page.get(limit - 1);
            return new Page<>(page, PageCursor.encode(List.of(last.createdAt().toString(), last.id().toString())));
        });
    }
}
