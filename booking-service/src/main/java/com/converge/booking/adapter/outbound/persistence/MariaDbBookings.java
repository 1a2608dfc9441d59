package com.converge.booking.adapter.outbound.persistence;

import com.converge.booking.application.port.outbound.Bookings;
import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.Cancellation;
import com.converge.booking.domain.booking.BookingItem;
import com.converge.booking.domain.booking.BookingStatus;
import com.converge.booking.domain.booking.PaymentStatus;
import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.booking.domain.invoice.TaxLine;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class MariaDbBookings implements Bookings {

    private static final String COLUMNS = """
            SELECT id, customer_id, address_id, pincode, service_state, billing_state, status, payment_status, provider_id,
                   created_at, confirmed_at, started_at, completed_at, cancelled_at, invoice_number,
                   cancellation_reason, cancelled_by, cancellation_fee
            FROM booking WHERE id = ?1""";
    private static final String ITEMS = """
            SELECT line_no, rate_card_id, subcategory_id, supply_kind, description, unit_price, quantity, duration_minutes,
                   slot_date, slot_start, place_of_supply, taxable, cgst, sgst, igst
            FROM booking_item WHERE booking_id = ?1 ORDER BY line_no""";
    private static final String INSERT = """
            INSERT INTO booking (id, customer_id, address_id, pincode, service_state, billing_state, status, payment_status,
                                 provider_id, taxable_total, tax_total, total, created_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)""";
    private static final String INSERT_ITEM = """
            INSERT INTO booking_item (booking_id, line_no, rate_card_id, subcategory_id, supply_kind, description, unit_price,
                                      quantity, duration_minutes, slot_date, slot_start, place_of_supply, taxable, cgst, sgst, igst)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)""";
    private static final String UPDATE = """
            UPDATE booking SET status = ?2, provider_id = ?3, confirmed_at = ?4, started_at = ?5,
                               completed_at = ?6, cancelled_at = ?7, invoice_number = ?8, cancellation_reason = ?9,
                               cancelled_by = ?10, cancellation_fee = ?11
            WHERE id = ?1""";

    @Override
    public Uni<Void> add(Booking booking) {
        return Panache.getSession().chain(session -> {
            Uni<Integer> chain = session.createNativeQuery(INSERT)
                    .setParameter(1, booking.id().toString())
                    .setParameter(2, booking.customerId().value())
                    .setParameter(3, booking.addressId())
                    .setParameter(4, booking.pincode().value())
                    .setParameter(5, booking.serviceState().name())
                    .setParameter(6, booking.billingState().name())
                    .setParameter(7, booking.status().name())
                    .setParameter(8, booking.paymentStatus().name())
                    .setParameter(9, booking.provider().map(ProviderId::toString).orElse(null))
                    .setParameter(10, booking.totals().taxable().amount())
                    .setParameter(11, booking.totals().tax().amount())
                    .setParameter(12, booking.total().amount())
                    .setParameter(13, SqlValues.utc(booking.createdAt()))
                    .executeUpdate();
            for (BookingItem item : booking.items()) {
                chain = chain.chain(() -> session.createNativeQuery(INSERT_ITEM)
                        .setParameter(1, booking.id().toString())
                        .setParameter(2, item.lineNo())
                        .setParameter(3, item.rateCardId())
                        .setParameter(4, item.subcategoryId())
                        .setParameter(5, item.supplyKind().name())
                        .setParameter(6, item.description())
                        .setParameter(7, item.unitPrice().amount())
                        .setParameter(8, item.quantity())
                        .setParameter(9, item.durationMinutes())
                        .setParameter(10, item.slot().date())
                        .setParameter(11, item.slot().startText())
                        .setParameter(12, item.tax().placeOfSupply().name())
                        .setParameter(13, item.tax().taxable().amount())
                        .setParameter(14, item.tax().cgst().amount())
                        .setParameter(15, item.tax().sgst().amount())
                        .setParameter(16, item.tax().igst().amount())
                        .executeUpdate());
            }
            return chain.replaceWithVoid();
        });
    }

    @Override
    public Uni<Optional<Booking>> lock(BookingId id) {
        return read(id, COLUMNS + " FOR UPDATE");
    }

    @Override
    public Uni<Optional<Booking>> findById(BookingId id) {
        return read(id, COLUMNS);
    }

    @Override
    public Uni<Void> update(Booking booking) {
        return Panache.getSession().chain(session -> session.createNativeQuery(UPDATE)
                .setParameter(1, booking.id().toString())
                .setParameter(2, booking.status().name())
                .setParameter(3, booking.provider().map(ProviderId::toString).orElse(null))
                .setParameter(4, SqlValues.utc(booking.confirmedAt()))
                .setParameter(5, SqlValues.utc(booking.startedAt()))
                .setParameter(6, SqlValues.utc(booking.completedAt()))
                .setParameter(7, SqlValues.utc(booking.cancelledAt()))
                .setParameter(8, booking.invoiceNumber().orElse(null))
                .setParameter(9, booking.cancellation().map(Cancellation::reason).orElse(null))
                .setParameter(10, booking.cancellation().map(Cancellation::cancelledBy).orElse(null))
                .setParameter(11, booking.cancellation().map(c -> c.fee().amount()).orElse(null))
                .executeUpdate()
                .replaceWithVoid());
    }

    private Uni<Optional<Booking>> read(BookingId id, String sql) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter(1, id.toString())
                .getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(Optional.<Booking>empty())
                        : items(session, id).map(items -> Optional.of(toDomain(rows.get(0), items)))));
    }

    private static Uni<List<BookingItem>> items(Mutiny.Session session, BookingId id) {
        return session.createNativeQuery(ITEMS, Object[].class).setParameter(1, id.toString()).getResultList()
                .map(rows -> rows.stream().map(row -> new BookingItem((int) SqlValues.asLong(row[0]), SqlValues.asLong(row[1]),
                        (int) SqlValues.asLong(row[2]), SupplyKind.valueOf((String) row[3]), (String) row[4],
                        new Money(SqlValues.asDecimal(row[5])), (int) SqlValues.asLong(row[6]), (int) SqlValues.asLong(row[7]),
                        new ServiceSlot(SqlValues.asLocalDate(row[8]), LocalTime.parse((String) row[9])),
                        new TaxLine(new Money(SqlValues.asDecimal(row[11])), StateCode.valueOf((String) row[10]),
                                new Money(SqlValues.asDecimal(row[12])), new Money(SqlValues.asDecimal(row[13])),
                                new Money(SqlValues.asDecimal(row[14]))))).toList());
    }

    private static Booking toDomain(Object[] row, List<BookingItem> items) {
        return new Booking(BookingId.of((String) row[0]), new CustomerId(SqlValues.asLong(row[1])), SqlValues.asLong(row[2]),
                new Pincode((String) row[3]), StateCode.valueOf((String) row[4]), StateCode.valueOf((String) row[5]), items,
                BookingStatus.valueOf((String) row[6]), PaymentStatus.valueOf((String) row[7]),
                row[8] == null ? null : ProviderId.of((String) row[8]),
                SqlValues.asInstant(row[9]), SqlValues.asInstant(row[10]), SqlValues.asInstant(row[11]),
                SqlValues.asInstant(row[12]), SqlValues.asInstant(row[13]), (String) row[14],
                row[15] == null ? null : new Cancellation((String) row[15], (String) row[16], new Money(SqlValues.asDecimal(row[17]))));
    }
}
