package com.converge.booking.adapter.outbound.persistence;

import com.converge.booking.application.port.outbound.CatalogReadModel;
import com.converge.booking.application.port.outbound.CatalogRepository;
import com.converge.booking.config.BookingSettings;
import com.converge.booking.domain.catalog.Catalog;
import com.converge.kernel.application.UnitOfWork;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The catalog held in memory as one immutable snapshot, so browsing and booking read no catalog table.
 *
 * <p>Bounded staleness across replicas by age, not by a version check: the catalog is reference data
 * that ADMIN changes a few times a day, and a per-request version query would put back the database
 * round trip this removes. A change made on this replica calls {@link #changed()} after its commit and
 * is seen at once; a change made on another replica or in SQL is seen here within {@code maxAge} (plus
 * the time of one load). When the snapshot is older than that, one request reloads it while the others
 * go on with the old one, so at most one request per {@code maxAge} waits for the database.
 *
 * <p>Every change moves the generation on, and a snapshot counts only for the generation it was loaded
 * in: a load that started before a change and ends after it is never served as current.
 * Loads are not shared between requests: Hibernate Reactive ties a session to the request's context.
 */
@ApplicationScoped
public class InMemoryCatalogReadModel implements CatalogReadModel {

    private record Snapshot(Catalog catalog, long generation, long loadedAtNanos) {
    }

    private final Supplier<Uni<Catalog>> loader;
    private final long maxAgeNanos;
    private final LongSupplier nanoClock;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

    @Inject
    InMemoryCatalogReadModel(UnitOfWork unitOfWork, CatalogRepository catalog, BookingSettings settings) {
        // a monotonic clock: the age of a snapshot is not a business rule, and the injected clock can move back in tests
        this(() -> unitOfWork.reading(catalog::load), settings.catalogMaxAge(), System::nanoTime);
    }

    InMemoryCatalogReadModel(Supplier<Uni<Catalog>> loader, Duration maxAge, LongSupplier nanoClock) {
        this.loader = loader;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoClock = nanoClock;
    }

    @Override
    public Uni<Catalog> current() {
        Snapshot held = snapshot.get();
        long wanted = generation.get();
        if (held == null || held.generation() != wanted) {
            return load(wanted);
        }
        if (nanoClock.getAsLong() - held.loadedAtNanos() < maxAgeNanos || !refreshing.compareAndSet(false, true)) {
            return Uni.createFrom().item(held.catalog());
        }
        return load(wanted).eventually(() -> refreshing.set(false));
    }

    @Override
    public void changed() {
        generation.incrementAndGet();
    }

    private Uni<Catalog> load(long wanted) {
        return Uni.createFrom().deferred(() -> {
            long started = nanoClock.getAsLong();
            return loader.get().invoke(catalog -> keep(new Snapshot(catalog, wanted, started)));
        });
    }

    /** The newest load of the newest generation wins; a late, older load does not replace it. */
    private void keep(Snapshot loaded) {
        snapshot.accumulateAndGet(loaded, (held, candidate) -> held == null
                || candidate.generation() > held.generation()
                || candidate.generation() == held.generation() && candidate.loadedAtNanos() - held.loadedAtNanos() > 0
                ? candidate : held);
    }
}
