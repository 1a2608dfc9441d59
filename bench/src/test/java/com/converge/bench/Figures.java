package com.converge.bench;

import java.util.Locale;
import org.HdrHistogram.Histogram;

/** One line of the summary: how many requests (or transactions), how fast, how slow. Times in milliseconds. */
public record Figures(String name, long ok, long ko, double perSecond, double p50, double p99, double max) {

    public static Figures of(String name, Histogram microseconds, long ko, double seconds) {
        return new Figures(name, microseconds.getTotalCount(), ko, microseconds.getTotalCount() / seconds,
                microseconds.getValueAtPercentile(50) / 1000.0, microseconds.getValueAtPercentile(99) / 1000.0,
                microseconds.getMaxValue() / 1000.0);
    }

    public static String header() {
        return String.format(Locale.ROOT, "  %-34s %9s %7s %9s %9s %9s %9s", "", "ok", "ko", "per s", "p50 ms", "p99 ms",
                "max ms");
    }

    public String line() {
        return String.format(Locale.ROOT, "  %-34s %9d %7d %9.1f %9.2f %9.2f %9.2f", name, ok, ko, perSecond, p50, p99, max);
    }
}
