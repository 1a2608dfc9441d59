package com.converge.order.adapter.outbound.persistence;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.application.UnitOfWork;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The kernel's unit of work on the real MariaDB: a deadlock's victim is run again and both commit. */
@QuarkusTest
class DeadlockRetryTest {

    @Inject
    UnitOfWork unitOfWork;

    @Inject
    Vertx vertx;

    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void twoTransactionsLockingTwoRowsInOppositeOrderBothSucceed() throws Exception {
        String first = product(uniqueSku("DL1"), 1, "1.00");
        String second = product(uniqueSku("DL2"), 1, "1.00");
        CompletableFuture<Void> firstLocked = new CompletableFuture<>();
        CompletableFuture<Void> secondLocked = new CompletableFuture<>();

        // each holds its first row until the other holds its own, then asks for the other's: a deadlock every time
        CompletableFuture<String> one = run(() -> lockBoth("one", first, firstLocked, secondLocked, second));
        CompletableFuture<String> two = run(() -> lockBoth("two", second, secondLocked, firstLocked, first));

        assertThat(one.get(60, TimeUnit.SECONDS)).isEqualTo("one");
        assertThat(two.get(60, TimeUnit.SECONDS)).isEqualTo("two");
        assertThat(runs.get()).as("the victim ran again").isGreaterThanOrEqualTo(3);
        // the victim's first attempt was rolled back: each row was raised once by each transaction
        assertThat(count("SELECT low_stock_threshold FROM stock WHERE variant_id = ?", first)).isEqualTo(2);
        assertThat(count("SELECT low_stock_threshold FROM stock WHERE variant_id = ?", second)).isEqualTo(2);
    }

    private Uni<String> lockBoth(String name, String mine, CompletableFuture<Void> mineLocked, CompletableFuture<Void> theirsLocked,
                                 String theirs) {
        Context context = Vertx.currentContext();
        runs.incrementAndGet();
        return raise(mine)
                .invoke(() -> mineLocked.complete(null))
                .chain(() -> Uni.createFrom().completionStage(theirsLocked).emitOn(task -> context.runOnContext(ignored -> task.run())))
                .chain(() -> raise(theirs))
                .replaceWith(name);
    }

    private static Uni<Integer> raise(String variantId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("UPDATE stock SET low_stock_threshold = low_stock_threshold + 1 WHERE variant_id = ?1")
                .setParameter(1, variantId)
                .executeUpdate());
    }

    /** Runs a unit of work on its own Vert.x context, as a request would. */
    private CompletableFuture<String> run(Supplier<Uni<String>> work) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> unitOfWork.transactionally(work).subscribe().with(result::complete, result::completeExceptionally));
        return result;
    }
}
