package com.converge.kernel.application;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * One database transaction: everything the work writes, its outbox rows included, commits together
 * or not at all.
 */
public interface UnitOfWork {

    <T> Uni<T> transactionally(Supplier<Uni<T>> work);

    /** A session without a transaction, for reads. */
    <T> Uni<T> reading(Supplier<Uni<T>> work);
}
