package com.converge.booking.adapter.outbound.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.booking.domain.catalog.Catalog;
import com.converge.booking.domain.catalog.Category;
import com.converge.booking.domain.catalog.SupplyKind;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The caching policy alone, with a catalog "database" that counts its loads and a clock the test moves. */
class InMemoryCatalogReadModelTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final AtomicLong nanos = new AtomicLong(1_000);
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicReference<Catalog> stored = new AtomicReference<>(catalogNamed("first"));
    private final InMemoryCatalogReadModel readModel = new InMemoryCatalogReadModel(
            () -> Uni.createFrom().item(() -> {
                loads.incrementAndGet();
                return stored.get();
            }), MAX_AGE, nanos::get);

    @Test
    void aHeldCatalogIsServedWithoutLoadingUntilItReachesItsMaximumAge() {
        assertThat(name(readModel.current())).isEqualTo("first");
        stored.set(catalogNamed("changed in SQL"));
        nanos.addAndGet(MAX_AGE.toNanos() - 1);

        assertThat(name(readModel.current())).isEqualTo("first");
        assertThat(loads).hasValue(1);

        nanos.addAndGet(1);
        assertThat(name(readModel.current())).isEqualTo("changed in SQL");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aChangeMadeHereIsSeenByTheNextReadWhateverTheAge() {
        readModel.current().await().indefinitely();
        stored.set(catalogNamed("added by ADMIN"));

        readModel.changed();

        assertThat(name(readModel.current())).isEqualTo("added by ADMIN");
        assertThat(name(readModel.current())).isEqualTo("added by ADMIN");
        assertThat(loads).hasValue(2);
    }

    @Test
    void whileOneRequestRefreshesAnAgedCatalogTheOthersAreServedTheOldOne() {
        List<UniEmitter<? super Catalog>> pending = new ArrayList<>();
        InMemoryCatalogReadModel slow = slowReadModel(pending);
        Uni<Catalog> first = slow.current();
        first.subscribe().with(ignored -> { });
        pending.remove(0).complete(catalogNamed("old"));
        nanos.addAndGet(MAX_AGE.toNanos());

        slow.current().subscribe().with(ignored -> { });
        assertThat(pending).hasSize(1);
        assertThat(name(slow.current())).isEqualTo("old");
        assertThat(pending).as("no second refresh while one runs").hasSize(1);

        pending.remove(0).complete(catalogNamed("refreshed"));
        assertThat(name(slow.current())).isEqualTo("refreshed");
    }

    @Test
    void aLoadThatStartedBeforeAChangeIsNeverServedAfterIt() {
        List<UniEmitter<? super Catalog>> pending = new ArrayList<>();
        InMemoryCatalogReadModel slow = slowReadModel(pending);
        slow.current().subscribe().with(ignored -> { });

        slow.changed();
        pending.remove(0).complete(catalogNamed("read before the change"));

        slow.current().subscribe().with(ignored -> { });
        assertThat(pending).as("the next read loads again").hasSize(1);
        pending.remove(0).complete(catalogNamed("with the change"));
        assertThat(name(slow.current())).isEqualTo("with the change");
    }

    @Test
    void aFailedLoadIsNotKeptAndTheNextReadTriesAgain() {
        AtomicInteger attempts = new AtomicInteger();
        InMemoryCatalogReadModel flaky = new InMemoryCatalogReadModel(() -> attempts.incrementAndGet() == 1
                ? Uni.createFrom().failure(new IllegalStateException("database down"))
                : Uni.createFrom().item(catalogNamed("back")), MAX_AGE, nanos::get);

        assertThat(flaky.current().onFailure().recoverWithNull().await().indefinitely()).isNull();
        assertThat(name(flaky.current())).isEqualTo("back");
    }

    private InMemoryCatalogReadModel slowReadModel(List<UniEmitter<? super Catalog>> pending) {
        return new InMemoryCatalogReadModel(() -> Uni.createFrom().emitter(pending::add), MAX_AGE, nanos::get);
    }

    private static Catalog catalogNamed(String name) {
        return new Catalog(List.of(new Category(1, name, 1, SupplyKind.GENERAL, true)), List.of(), List.of());
    }

    private static String name(Uni<Catalog> catalog) {
        return catalog.await().atMost(Duration.ofSeconds(1)).categories().get(0).name();
    }
}
