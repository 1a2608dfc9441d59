package com.converge.kernel.persistence;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.outbox.OutboxRelay;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A Hibernate Reactive transaction; once it commits, the outbox relay is woken to publish at once.
 *
 * <p>A unit of work that MariaDB picks as a deadlock's victim (error 1213) has been rolled back
 * whole, so it is run again from the start, in a new session and transaction, after a short jittered
 * pause, up to {@link #ATTEMPTS} times. Only the outermost unit retries: one opened inside another
 * joins it, and its failure rolls back (and so retries) the outer one. A lock wait timeout (1205) is
 * not retried: it has already waited {@code innodb_lock_wait_timeout}, and waiting that again would
 * outlast any client.
 *
 * <p>The outermost unit runs to its commit or rollback even when its caller cancels (a client gone,
 * a timeout): cancelling Hibernate Reactive part-way closes the session off its Vert.x context
 * (HR000068), and the session's pool connection is then never given back. After enough cancelled
 * requests under overload every connection of the pool was lost this way. So cancellation stops at
 * the unit's edge: the work goes on, on the context it started on, and its result is dropped.
 * Statements run straight on the pool ({@code pool.preparedQuery(..).execute()},
 * {@code pool.withTransaction}) need no such care: Vert.x gives their connection back when they end,
 * whether or not anyone still listens.
 */
@ApplicationScoped
public class PanacheUnitOfWork implements UnitOfWork {

    static final int ATTEMPTS = 4;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(20);
    private static final int MARIADB_DEADLOCK = 1213;
    private static final String OPEN = "converge.unit-of-work.open";
    private static final Logger LOG = Logger.getLogger(PanacheUnitOfWork.class);

    private final OutboxRelay relay;

    PanacheUnitOfWork(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public <T> Uni<T> transactionally(Supplier<Uni<T>> work) {
        Context context = Vertx.currentContext();
        if (context == null || context.getLocal(OPEN) != null) {
            return Panache.withTransaction(work).invoke(relay::nudge);
        }
        return toTheEnd(context, attempt(work, context, 1).invoke(relay::nudge));
    }

    @Override
    public <T> Uni<T> reading(Supplier<Uni<T>> work) {
        Context context = Vertx.currentContext();
        if (context == null || context.getLocal(OPEN) != null) {
            return Panache.withSession(work);
        }
        return toTheEnd(context, opened(context, () -> Panache.withSession(work)));
    }

    /**
     * {@code unit} subscribed on its own, so that a cancellation of the returned Uni does not reach
     * it; it is subscribed on {@code context}, where Hibernate Reactive must run it.
     */
    static <T> Uni<T> toTheEnd(Context context, Uni<T> unit) {
        return Uni.createFrom().emitter(caller -> {
            Runnable run = () -> unit.subscribe().with(caller::complete, caller::fail);
            if (Vertx.currentContext() == context) {
                run.run();
            } else {
                context.runOnContext(ignored -> run.run());
            }
        });
    }

    private <T> Uni<T> attempt(Supplier<Uni<T>> work, Context context, int attempt) {
        return opened(context, () -> Panache.withTransaction(work))
                .onFailure(failure -> attempt < ATTEMPTS && isDeadlock(failure))
                .recoverWithUni(failure -> {
                    Duration pause = pauseBefore(attempt + 1);
                    LOG.warnf("deadlock victim, attempt %d of %d; running the unit of work again in %d ms: %s",
                            attempt, ATTEMPTS, pause.toMillis(), failure.getMessage());
                    return Uni.createFrom().voidItem().onItem().delayIt().by(pause)
                            // Hibernate Reactive must run on the context the request started on
                            .emitOn(task -> context.runOnContext(ignored -> task.run()))
                            .chain(() -> attempt(work, context, attempt + 1));
                });
    }

    /**
     * {@code session} built and run with the context marked, so units of work opened inside it join
     * it. Panache decides between joining and opening a session when the Uni is built, so it is built
     * on subscription: each attempt opens its own.
     */
    private static <T> Uni<T> opened(Context context, Supplier<Uni<T>> session) {
        return Uni.createFrom().deferred(() -> {
            context.putLocal(OPEN, Boolean.TRUE);
            return session.get();
        }).eventually(() -> context.removeLocal(OPEN));
    }

    /** 20, 40, 80 ms, each plus up to as much again at random, so two victims do not meet again. */
    static Duration pauseBefore(int attempt) {
        long base = FIRST_PAUSE.toMillis() << (attempt - 2);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base + 1));
    }

    static boolean isDeadlock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.mysqlclient.MySQLException mysql && mysql.getErrorCode() == MARIADB_DEADLOCK) {
                return true;
            }
            if (t instanceof org.hibernate.JDBCException jdbc && jdbc.getErrorCode() == MARIADB_DEADLOCK) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getErrorCode() == MARIADB_DEADLOCK) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
