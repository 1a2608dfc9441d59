package com.converge.booking.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.booking.application.port.outbound.BookingFilter;
import com.converge.booking.application.port.outbound.Bookings;
import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.Cancellation;
import com.converge.booking.domain.booking.BookingItem;
import com.converge.booking.domain.booking.BookingStatus;
import com.converge.booking.domain.booking.BookingSummary;
import com.converge.booking.domain.booking.Reschedule;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class MariaDbBookings implements Bookings {

    private static final String COLUMNS = """
            SELECT id, customer_id, address_id, pincode, service_state, billing_state, status, payment_status, provider_id,
                   created_at, confirmed_at, started_at, completed_at, cancelled_at, invoice_number,
                   cancellation_reason, cancelled_by, cancellation_fee, cancellation_kept
            FROM booking WHERE id = ?1""";
    private static final String ITEMS = """
            SELECT line_no, rate_card_id, subcategory_id, supply_kind, description, unit_price, quantity, duration_minutes,
                   slot_date, slot_start, place_of_supply, taxable, cgst, sgst, igst
            FROM booking_item WHERE booking_id = ?1 ORDER BY line_no""";
    private static final String INSERT = """
            INSERT INTO booking (id, customer_id, address_id, pincode, service_state, billing_state, status, payment_status,
                                 provider_id, taxable_total, tax_total, total, created_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)""";
    private static final String INSERT_ITEMS = """
            INSERT INTO booking_item (booking_id, line_no, rate_card_id, subcategory_id, supply_kind, description, unit_price,
                                      quantity, duration_minutes, slot_date, slot_start, place_of_supply, taxable, cgst, sgst, igst)
            VALUES """;
    private static final int ITEM_COLUMNS = 16;
    private static final String RESCHEDULES = """
            SELECT number, from_date, from_slot, to_date, to_slot, rescheduled_by, rescheduled_at, fee, cancellation_fee_kept,
                   fee_charged
            FROM booking_reschedule WHERE booking_id = ?1 ORDER BY number""";
    private static final String INSERT_RESCHEDULE = """
            INSERT INTO booking_reschedule (booking_id, number, from_date, from_slot, to_date, to_slot, rescheduled_by,
                                            rescheduled_at, fee, cancellation_fee_kept)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""";
    // One statement per page: the page of bookings (walking an index newest first) joined to its items.
    private static final String LIST = """
            SELECT b.id, b.customer_id, b.status, b.payment_status, b.pincode, b.provider_id, b.total, b.created_at,
                   (SELECT COUNT(*) FROM booking_reschedule r WHERE r.booking_id = b.id),
                   i.line_no, i.description, i.quantity, i.slot_date, i.slot_start
            FROM (SELECT id, customer_id, status, payment_status, pincode, provider_id, total, created_at FROM booking
                  WHERE %s ORDER BY created_at DESC, id DESC LIMIT %d) b
            JOIN booking_item i ON i.booking_id = b.id
            ORDER BY b.created_at DESC, b.id DESC, i.line_no""";
    private static final String UPDATE = """
            UPDATE booking SET status = ?2, provider_id = ?3, confirmed_at = ?4, started_at = ?5,
                               completed_at = ?6, cancelled_at = ?7, invoice_number = ?8, cancellation_reason = ?9,
                               cancelled_by = ?10, cancellation_fee = ?11, cancellation_kept = ?12
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
                    .setParameter(13, NativeSql.utc(booking.createdAt()))
                    .executeUpdate();
            // all the items in one statement: one round trip whatever their number
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < booking.items().size(); i++) {
                List<String> marks = new ArrayList<>();
                for (int column = 1; column <= ITEM_COLUMNS; column++) {
                    marks.add("?" + (i * ITEM_COLUMNS + column));
                }
                rows.add("(" + String.join(", ", marks) + ")");
            }
            Mutiny.MutationQuery items = session.createNativeQuery(INSERT_ITEMS + String.join(", ", rows));
            int at = 0;
            for (BookingItem item : booking.items()) {
                items.setParameter(++at, booking.id().toString())
                        .setParameter(++at, item.lineNo())
                        .setParameter(++at, item.rateCardId())
                        .setParameter(++at, item.subcategoryId())
                        .setParameter(++at, item.supplyKind().name())
                        .setParameter(++at, item.description())
                        .setParameter(++at, item.unitPrice().amount())
                        .setParameter(++at, item.quantity())
                        .setParameter(++at, item.durationMinutes())
                        .setParameter(++at, item.slot().date())
                        .setParameter(++at, item.slot().startText())
                        .setParameter(++at, item.tax().placeOfSupply().name())
                        .setParameter(++at, item.tax().taxable().amount())
                        .setParameter(++at, item.tax().cgst().amount())
                        .setParameter(++at, item.tax().sgst().amount())
                        .setParameter(++at, item.tax().igst().amount());
            }
            chain = chain.chain(items::executeUpdate);
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
                .setParameter(4, NativeSql.utc(booking.confirmedAt()))
                .setParameter(5, NativeSql.utc(booking.startedAt()))
                .setParameter(6, NativeSql.utc(booking.completedAt()))
                .setParameter(7, NativeSql.utc(booking.cancelledAt()))
                .setParameter(8, booking.invoiceNumber().orElse(null))
                .setParameter(9, booking.cancellation().map(Cancellation::reason).orElse(null))
                .setParameter(10, booking.cancellation().map(Cancellation::cancelledBy).orElse(null))
                .setParameter(11, booking.cancellation().map(c -> c.fee().amount()).orElse(null))
                .setParameter(12, booking.cancellation().map(c -> c.kept().amount()).orElse(null))
                .executeUpdate()
                .replaceWithVoid());
    }

    @Override
    public Uni<Void> rescheduled(Booking booking, Reschedule reschedule) {
        return Panache.getSession().chain(session -> {
            Uni<Integer> chain = session.createNativeQuery(INSERT_RESCHEDULE)
                    .setParameter(1, booking.id().toString())
                    .setParameter(2, reschedule.number())
                    .setParameter(3, reschedule.from().date())
                    .setParameter(4, reschedule.from().startText())
                    .setParameter(5, reschedule.to().date())
                    .setParameter(6, reschedule.to().startText())
                    .setParameter(7, reschedule.rescheduledBy())
                    .setParameter(8, NativeSql.utc(reschedule.rescheduledAt()))
                    .setParameter(9, reschedule.fee().amount())
                    .setParameter(10, reschedule.cancellationFeeKept())
                    .executeUpdate();
            for (BookingItem item : booking.items()) {
                chain = chain.chain(() -> session.createNativeQuery(
                                "UPDATE booking_item SET slot_date = ?3, slot_start = ?4 WHERE booking_id = ?1 AND line_no = ?2")
                        .setParameter(1, booking.id().toString())
                        .setParameter(2, item.lineNo())
                        .setParameter(3, item.slot().date())
                        .setParameter(4, item.slot().startText())
                        .executeUpdate());
            }
            return chain.replaceWithVoid();
        });
    }

    @Override
    public Uni<List<BookingSummary>> list(BookingFilter filter, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (filter.customer() != null) {
            parameters.add(filter.customer().value());
            where.add("customer_id = ?" + parameters.size());
        }
        if (!filter.statuses().isEmpty()) {
            List<String> marks = new ArrayList<>();
            for (BookingStatus status : new TreeSet<>(filter.statuses())) {
                parameters.add(status.name());
                marks.add("?" + parameters.size());
            }
            where.add("status IN (" + String.join(", ", marks) + ")");
        }
        if (filter.createdFrom() != null) {
            parameters.add(NativeSql.utc(filter.createdFrom()));
            where.add("created_at >= ?" + parameters.size());
        }
        if (filter.createdBefore() != null) {
            parameters.add(NativeSql.utc(filter.createdBefore()));
            where.add("created_at < ?" + parameters.size());
        }
        if (filter.afterCreatedAt() != null) {
            parameters.add(NativeSql.utc(filter.afterCreatedAt()));
            int at = parameters.size();
            parameters.add(filter.afterId());
            where.add("(created_at < ?" + at + " OR (created_at = ?" + at + " AND id < ?" + parameters.size() + "))");
        }
        String sql = LIST.formatted(where.isEmpty() ? "TRUE" : String.join(" AND ", where), limit);
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class);
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query.getResultList();
        }).map(MariaDbBookings::summaries);
    }

    /** Folds the joined rows (one per item, a booking's rows together) into one summary per booking, in order. */
    private static List<BookingSummary> summaries(List<Object[]> rows) {
        Map<String, List<Object[]>> byBooking = new LinkedHashMap<>();
        rows.forEach(row -> byBooking.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(row));
        return byBooking.values().stream().map(itemRows -> {
            Object[] row = itemRows.get(0);
            List<BookingSummary.Visit> visits = itemRows.stream().map(item -> new BookingSummary.Visit(
                    (int) NativeSql.number(item[9]), (String) item[10], (int) NativeSql.number(item[11]),
                    new ServiceSlot(SqlValues.asLocalDate(item[12]), LocalTime.parse((String) item[13])))).toList();
            return new BookingSummary(BookingId.of((String) row[0]), new CustomerId(NativeSql.number(row[1])),
                    BookingStatus.valueOf((String) row[2]), PaymentStatus.valueOf((String) row[3]), new Pincode((String) row[4]),
                    row[5] == null ? null : ProviderId.of((String) row[5]), new Money(SqlValues.asDecimal(row[6])),
                    NativeSql.instant(row[7]), (int) NativeSql.number(row[8]), visits);
        }).toList();
    }

    private Uni<Optional<Booking>> read(BookingId id, String sql) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql, Object[].class)
                .setParameter(1, id.toString())
                .getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(Optional.<Booking>empty())
                        : items(session, id).chain(items -> reschedules(session, id)
                        .map(reschedules -> Optional.of(toDomain(rows.get(0), items, reschedules))))));
    }

    private static Uni<List<Reschedule>> reschedules(Mutiny.Session session, BookingId id) {
        return session.createNativeQuery(RESCHEDULES, Object[].class).setParameter(1, id.toString()).getResultList()
                .map(rows -> rows.stream().map(row -> new Reschedule((int) NativeSql.number(row[0]),
                        new ServiceSlot(SqlValues.asLocalDate(row[1]), LocalTime.parse((String) row[2])),
                        new ServiceSlot(SqlValues.asLocalDate(row[3]), LocalTime.parse((String) row[4])),
                        (String) row[5], NativeSql.instant(row[6]), new Money(SqlValues.asDecimal(row[7])),
                        NativeSql.bool(row[8]), NativeSql.bool(row[9]))).toList());
    }

    private static Uni<List<BookingItem>> items(Mutiny.Session session, BookingId id) {
        return session.createNativeQuery(ITEMS, Object[].class).setParameter(1, id.toString()).getResultList()
                .map(rows -> rows.stream().map(row -> new BookingItem((int) NativeSql.number(row[0]), NativeSql.number(row[1]),
                        (int) NativeSql.number(row[2]), SupplyKind.valueOf((String) row[3]), (String) row[4],
                        new Money(SqlValues.asDecimal(row[5])), (int) NativeSql.number(row[6]), (int) NativeSql.number(row[7]),
                        new ServiceSlot(SqlValues.asLocalDate(row[8]), LocalTime.parse((String) row[9])),
                        new TaxLine(new Money(SqlValues.asDecimal(row[11])), StateCode.valueOf((String) row[10]),
                                new Money(SqlValues.asDecimal(row[12])), new Money(SqlValues.asDecimal(row[13])),
                                new Money(SqlValues.asDecimal(row[14]))))).toList());
    }

    private static Booking toDomain(Object[] row, List<BookingItem> items, List<Reschedule> reschedules) {
        return new Booking(BookingId.of((String) row[0]), new CustomerId(NativeSql.number(row[1])), NativeSql.number(row[2]),
                new Pincode((String) row[3]), StateCode.valueOf((String) row[4]), StateCode.valueOf((String) row[5]), items,
                BookingStatus.valueOf((String) row[6]), PaymentStatus.valueOf((String) row[7]),
                row[8] == null ? null : ProviderId.of((String) row[8]),
                NativeSql.instant(row[9]), NativeSql.instant(row[10]), NativeSql.instant(row[11]),
                NativeSql.instant(row[12]), NativeSql.instant(row[13]), (String) row[14],
                row[15] == null ? null : new Cancellation((String) row[15], (String) row[16], new Money(SqlValues.asDecimal(row[17])),
                        new Money(SqlValues.asDecimal(row[18]))),
                reschedules);
    }
}
