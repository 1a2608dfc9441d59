package com.converge.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongUnaryOperator;

/**
 * The raw-SQL baselines' load: plain JDBC on one connection per worker, the same concurrency as the
 * simulation, so the service's figures can be set against the database's own cost of the same work.
 */
public final class RawSql {

    /**
     * One unit of work on the worker's connection (number: the worker in a closed loop, the unit when
     * scheduled); false when a closed-loop worker has nothing more to do.
     */
    @FunctionalInterface
    public interface Work {
        boolean run(Connection connection, int number, long startNanos) throws SQLException, InterruptedException;
    }

    private RawSql() {
    }

    /**
     * Closed model: each worker loops (work right after work) until the time is up or its work says stop,
     * through {@link Settings#rawWarmUp()} and then the measured time without a pause; only units started
     * after the warm-up count. Restarting every worker after the warm-up would begin the measured part with
     * all of them starting at the same instant (50 agents claiming at once), which no steady state has.
     * Returns seconds measured.
     */
    public static double closed(Database database, int workers, Duration duration, Timings timings, Work work) throws Exception {
        Duration warmUp = Settings.rawWarmUp();
        timings.countFrom(System.nanoTime() + warmUp.toNanos());
        closed(database, workers, warmUp.plus(duration), work);
        return duration.toNanos() / 1e9;
    }

    private static double closed(Database database, int workers, Duration duration, Work work) throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        return run(database, workers, (connection, worker) -> {
            while (System.nanoTime() < deadline && work.run(connection, worker, System.nanoTime())) {
                // next unit
            }
        });
    }

    /**
     * Open model: units start at a fixed rate whether or not earlier ones finished; a unit's time counts
     * from when it should have started, so a stalled database shows in the percentiles instead of
     * hiding behind fewer requests. Workers are the connections (the service's pool size). As the
     * service is measured warm, so is the baseline: the JDBC driver and the baseline's own code run
     * interpreted for their first thousands of units, so {@link Settings#rawWarmUp()} of the same work
     * at the same rate runs first, unmeasured (timings reset after it; unit numbers start again at 0).
     */
    public static double open(Database database, int workers, int perSecond, Duration duration, Timings timings, Work work)
            throws Exception {
        open(database, workers, perSecond, Settings.rawWarmUp(), work);
        timings.reset();
        return open(database, workers, perSecond, duration, work);
    }

    private static double open(Database database, int workers, int perSecond, Duration duration, Work work) throws Exception {
        long interval = 1_000_000_000L / perSecond;
        return scheduled(database, workers, duration.toSeconds() * perSecond, unit -> unit * interval, work);
    }

    /**
     * A burst: units all due at once (200 buyers pressing "buy" together) served by workers connections;
     * a unit's time counts from the start, waiting for a connection included, as a request waits for the
     * service's pool.
     */
    public static double burst(Database database, int workers, int units, Work work) throws Exception {
        return scheduled(database, workers, units, unit -> 0, work);
    }

    private static double scheduled(Database database, int workers, long units, LongUnaryOperator dueOffset, Work work)
            throws Exception {
        long start = System.nanoTime();
        AtomicLong next = new AtomicLong();
        return run(database, workers, (connection, worker) -> {
            for (long unit = next.getAndIncrement(); unit < units; unit = next.getAndIncrement()) {
                long due = start + dueOffset.applyAsLong(unit);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                work.run(connection, (int) unit, due);
            }
        });
    }

    private interface Worker {
        void run(Connection connection, int worker) throws Exception;
    }

    private static double run(Database database, int workers, Worker body) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            connections.add(database.connect());
        }
        AtomicReference<Exception> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < workers; i++) {
            int worker = i;
            Thread thread = new Thread(() -> {
                try {
                    body.run(connections.get(worker), worker);
                } catch (Exception e) {
                    failure.compareAndSet(null, e);
                }
            }, "raw-sql-" + worker);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Connection connection : connections) {
            connection.close();
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return seconds;
    }
}
