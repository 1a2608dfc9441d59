package com.converge.booking.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.booking.application.port.outbound.Providers;
import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.booking.domain.provider.Provider;
import com.converge.booking.domain.provider.ProviderCandidate;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.TimeSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Providers and their calendars. Candidates are read per pincode (the indexed way in), and slots
 * are claimed with INSERT IGNORE on provider_assignment's primary key, under the provider row's
 * lock: a concurrent claim of the same slot that committed first makes it report 0 rows instead of
 * failing the transaction.
 */
@ApplicationScoped
public class MariaDbProviders implements Providers {

    private static final String COVERING = "JOIN provider_pincode pp ON pp.provider_id = %s.provider_id AND pp.pincode = ?1";

    private final TimeSource clock;

    MariaDbProviders(TimeSource clock) {
        this.clock = clock;
    }

    @Override
    public Uni<Void> add(Provider provider) {
        String id = provider.id().toString();
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                INSERT INTO provider (id, name, phone, verified, active, rating, created_at)
                                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                        .setParameter(1, id).setParameter(2, provider.name()).setParameter(3, provider.phone().value())
                        .setParameter(4, provider.verified()).setParameter(5, provider.active())
                        .setParameter(6, provider.rating()).setParameter(7, NativeSql.utc(clock.now()))
                        .executeUpdate()
                        .chain(() -> each(provider.subcategoryIds(), sub -> session.createNativeQuery(
                                        "INSERT INTO provider_subcategory (provider_id, subcategory_id) VALUES (?1, ?2)")
                                .setParameter(1, id).setParameter(2, sub).executeUpdate()))
                        .chain(() -> each(provider.pincodes(), pincode -> session.createNativeQuery(
                                        "INSERT INTO provider_pincode (provider_id, pincode) VALUES (?1, ?2)")
                                .setParameter(1, id).setParameter(2, pincode.value()).executeUpdate())))
                .onFailure(MariaDbProviders::isMissingReference).transform(e -> new BusinessRuleViolation(
                        "subcategoryIds", "names a subcategory that does not exist"));
    }

    @Override
    public Uni<Optional<Provider>> findById(ProviderId id) {
        String key = id.toString();
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT name, phone, verified, active, rating FROM provider WHERE id = ?1", Object[].class)
                .setParameter(1, key).getResultList()
                .chain(rows -> rows.isEmpty() ? Uni.createFrom().item(Optional.<Provider>empty())
                        : session.createNativeQuery("SELECT subcategory_id FROM provider_subcategory WHERE provider_id = ?1", Object.class)
                        .setParameter(1, key).getResultList()
                        .chain(subs -> session.createNativeQuery("SELECT pincode FROM provider_pincode WHERE provider_id = ?1", Object.class)
                                .setParameter(1, key).getResultList()
                                .map(pins -> {
                                    Object[] row = rows.get(0);
                                    Set<Integer> subcategories = new HashSet<>();
                                    subs.forEach(sub -> subcategories.add((int) NativeSql.number(sub)));
                                    Set<Pincode> pincodes = new HashSet<>();
                                    pins.forEach(pin -> pincodes.add(new Pincode((String) pin)));
                                    return Optional.of(new Provider(id, (String) row[0], new MobileNumber((String) row[1]),
                                            NativeSql.bool(row[2]), NativeSql.bool(row[3]), SqlValues.asDecimal(row[4]),
                                            subcategories, pincodes));
                                }))));
    }

    @Override
    public Uni<Optional<ProviderId>> findIdByPhone(MobileNumber phone) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "SELECT id FROM provider WHERE phone = ?1 ORDER BY id LIMIT 1", Object.class)
                .setParameter(1, phone.value()).getResultList()
                .map(rows -> rows.stream().findFirst().map(id -> ProviderId.of((String) id))));
    }

    @Override
    public Uni<Void> declareOpen(ProviderId id, List<ServiceSlot> slots) {
        return Panache.getSession().chain(session -> each(slots, slot -> session.createNativeQuery(
                        "INSERT IGNORE INTO provider_availability (provider_id, slot_date, slot_start) VALUES (?1, ?2, ?3)")
                .setParameter(1, id.toString()).setParameter(2, slot.date()).setParameter(3, slot.startText())
                .executeUpdate()));
    }

    @Override
    public Uni<List<ProviderCandidate>> covering(Pincode pincode, LocalDate from, LocalDate to, LocalDate today) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                SELECT p.id, p.verified, p.active, p.rating FROM provider p
                                JOIN provider_pincode pp ON pp.provider_id = p.id AND pp.pincode = ?1""", Object[].class)
                .setParameter(1, pincode.value()).getResultList()
                .chain(providers -> providers.isEmpty() ? Uni.createFrom().item(List.<ProviderCandidate>of())
                        : pairs(session, "SELECT s.provider_id, s.subcategory_id FROM provider_subcategory s "
                                + COVERING.formatted("s"), pincode)
                        .chain(subcategories -> slots(session, "SELECT a.provider_id, a.slot_date, a.slot_start FROM provider_availability a "
                                + COVERING.formatted("a") + " WHERE a.slot_date BETWEEN ?2 AND ?3", pincode, from, to)
                                .chain(open -> slots(session, "SELECT a.provider_id, a.slot_date, a.slot_start FROM provider_assignment a "
                                        + COVERING.formatted("a") + " WHERE a.slot_date BETWEEN ?2 AND ?3", pincode, from, to)
                                        .chain(taken -> loads(session, pincode, today).map(loads -> providers.stream()
                                                .map(row -> {
                                                    String id = (String) row[0];
                                                    return new ProviderCandidate(ProviderId.of(id), NativeSql.bool(row[1]),
                                                            NativeSql.bool(row[2]), SqlValues.asDecimal(row[3]),
                                                            loads.getOrDefault(id, 0L),
                                                            subcategories.getOrDefault(id, Set.of()),
                                                            open.getOrDefault(id, Set.of()), taken.getOrDefault(id, Set.of()));
                                                }).toList()))))));
    }

    @Override
    public Uni<Boolean> claim(ProviderId provider, Set<ServiceSlot> slots, BookingId booking) {
        // Claims of one provider queue on the provider's row: the duplicate check of INSERT IGNORE
        // leaves shared next-key locks behind, and two confirmations holding them while inserting
        // into each other's gaps would deadlock. Slots go in order, for the same reason.
        List<ServiceSlot> ordered = List.copyOf(new TreeSet<>(slots));
        return lockCalendar(provider).chain(() -> Panache.getSession())
                .chain(session -> claimEach(session, provider, ordered, 0, booking));
    }

    @Override
    public Uni<Void> lockCalendar(ProviderId provider) {
        return Panache.getSession().chain(session -> session.createNativeQuery("SELECT id FROM provider WHERE id = ?1 FOR UPDATE", Object.class)
                .setParameter(1, provider.toString()).getResultList().replaceWithVoid());
    }

    @Override
    public Uni<Void> release(BookingId booking) {
        return Panache.getSession().chain(session -> session.createNativeQuery("DELETE FROM provider_assignment WHERE booking_id = ?1")
                .setParameter(1, booking.toString()).executeUpdate().replaceWithVoid());
    }

    private Uni<Boolean> claimEach(Mutiny.Session session, ProviderId provider, List<ServiceSlot> slots, int next, BookingId booking) {
        if (next == slots.size()) {
            return Uni.createFrom().item(true);
        }
        ServiceSlot slot = slots.get(next);
        return session.createNativeQuery("""
                        INSERT IGNORE INTO provider_assignment (provider_id, slot_date, slot_start, booking_id)
                        VALUES (?1, ?2, ?3, ?4)""")
                .setParameter(1, provider.toString()).setParameter(2, slot.date()).setParameter(3, slot.startText())
                .setParameter(4, booking.toString())
                .executeUpdate()
                .chain(inserted -> inserted == 1 ? claimEach(session, provider, slots, next + 1, booking)
                        : unclaim(session, provider, slots.subList(0, next), booking).replaceWith(false));
    }

    /** Gives back the slots claimed before one was found taken, by their exact keys: rows this transaction holds. */
    private static Uni<Void> unclaim(Mutiny.Session session, ProviderId provider, List<ServiceSlot> claimed, BookingId booking) {
        return each(claimed, slot -> session.createNativeQuery("""
                        DELETE FROM provider_assignment WHERE provider_id = ?1 AND slot_date = ?2 AND slot_start = ?3 AND booking_id = ?4""")
                .setParameter(1, provider.toString()).setParameter(2, slot.date()).setParameter(3, slot.startText())
                .setParameter(4, booking.toString()).executeUpdate());
    }

    private static Uni<Map<String, Set<Integer>>> pairs(Mutiny.Session session, String sql, Pincode pincode) {
        return session.createNativeQuery(sql, Object[].class).setParameter(1, pincode.value()).getResultList().map(rows -> {
            Map<String, Set<Integer>> byProvider = new HashMap<>();
            rows.forEach(row -> byProvider.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((int) NativeSql.number(row[1])));
            return byProvider;
        });
    }

    private static Uni<Map<String, Set<ServiceSlot>>> slots(Mutiny.Session session, String sql, Pincode pincode, LocalDate from, LocalDate to) {
        return session.createNativeQuery(sql, Object[].class).setParameter(1, pincode.value()).setParameter(2, from).setParameter(3, to)
                .getResultList().map(rows -> {
                    Map<String, Set<ServiceSlot>> byProvider = new HashMap<>();
                    rows.forEach(row -> byProvider.computeIfAbsent((String) row[0], k -> new HashSet<>())
                            .add(new ServiceSlot(SqlValues.asLocalDate(row[1]), LocalTime.parse((String) row[2]))));
                    return byProvider;
                });
    }

    private static Uni<Map<String, Long>> loads(Mutiny.Session session, Pincode pincode, LocalDate today) {
        return session.createNativeQuery("SELECT a.provider_id, COUNT(*) FROM provider_assignment a "
                        + COVERING.formatted("a") + " WHERE a.slot_date >= ?2 GROUP BY a.provider_id", Object[].class)
                .setParameter(1, pincode.value()).setParameter(2, today).getResultList().map(rows -> {
                    Map<String, Long> byProvider = new HashMap<>();
                    rows.forEach(row -> byProvider.put((String) row[0], NativeSql.number(row[1])));
                    return byProvider;
                });
    }

    private static <T> Uni<Void> each(Iterable<T> values, Function<T, Uni<Integer>> statement) {
        // one statement at a time: a reactive session does not run statements concurrently
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T value : values) {
            chain = chain.chain(() -> statement.apply(value)).replaceWithVoid();
        }
        return chain;
    }

    private static boolean isMissingReference(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.mysqlclient.MySQLException mysql && mysql.getErrorCode() == 1452) {
                return true;
            }
        }
        return false;
    }
}
