package com.converge.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latencies (microseconds) and failures per operation of a raw-SQL baseline, recorded from many threads. */
public final class Timings {

    private final Map<String, Histogram> ok = new LinkedHashMap<>();
    private final Map<String, AtomicLong> ko = new LinkedHashMap<>();
    /** Operations that started before this instant are not counted: none until {@link #countFrom} moves it. */
    private volatile long countFrom = System.nanoTime();

    public Timings(String... operations) {
        for (String operation : operations) {
            ok.put(operation, new ConcurrentHistogram(3));
            ko.put(operation, new AtomicLong());
        }
    }

    /** Records the operation that started (or should have started, at a fixed rate) at startNanos and just ended. */
    public void record(String operation, long startNanos, boolean succeeded) {
        if (startNanos - countFrom < 0) {
            return;
        }
        if (succeeded) {
            ok.get(operation).recordValue(Math.max(1, (System.nanoTime() - startNanos) / 1000));
        } else {
            ko.get(operation).incrementAndGet();
        }
    }

    /** From now on, ignores operations that started before startNanos (a warm-up's, in the same run). */
    public void countFrom(long startNanos) {
        countFrom = startNanos;
    }

    /** Forgets what was recorded (a warm-up's units). */
    public void reset() {
        ok.values().forEach(Histogram::reset);
        ko.values().forEach(count -> count.set(0));
    }

    public Figures figures(String operation, String label, double seconds) {
        return Figures.of(label, ok.get(operation), ko.get(operation).get(), seconds);
    }
}
