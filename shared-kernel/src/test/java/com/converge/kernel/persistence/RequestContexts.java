package com.converge.kernel.persistence;

import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Reactive work started as Quarkus starts a request's: on a fresh duplicated context, where Panache finds its session. */
final class RequestContexts {

    private RequestContexts() {
    }

    static <T> CompletableFuture<T> run(Vertx vertx, Supplier<Uni<T>> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> work.get().subscribe().with(done::complete, done::completeExceptionally));
        return done;
    }
}
