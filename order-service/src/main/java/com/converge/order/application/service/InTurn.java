package com.converge.order.application.service;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.function.Function;

/** Runs reactive steps one after another: a database session runs one statement at a time. */
final class InTurn {

    private InTurn() {
    }

    static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> step) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (T item : items) {
            chain = chain.chain(() -> step.apply(item)).replaceWithVoid();
        }
        return chain;
    }
}
