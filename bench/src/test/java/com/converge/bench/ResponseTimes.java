package com.converge.bench;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The measured requests' response times, recorded by the simulation itself: Gatling's HTML report is
 * for people, and from 3.12 on it no longer writes the figures as JSON. Same clock and resolution
 * (milliseconds) as the report. A request is OK when its status is one of those expected.
 */
public final class ResponseTimes {

    private final Map<String, Histogram> ok = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> ko = new ConcurrentHashMap<>();
    private final Map<String, long[]> window = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();

    /** The checks that let {@link #record} see the status and the time: put them first in the request's checks. */
    public static CheckBuilder[] captured() {
        return new CheckBuilder[] {responseTimeInMillis().saveAs("responseTime"), status().saveAs("responseStatus")};
    }

    /** An exec step, right after the request, that records it under name. */
    public Function<Session, Session> record(String name, Set<Integer> expected) {
        return session -> {
            if (!session.contains("responseTime")) {
                ko.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
                return session;
            }
            int millis = session.getInt("responseTime");
            long end = System.nanoTime();
            long[] span = window.computeIfAbsent(name, n -> new long[] {Long.MAX_VALUE, Long.MIN_VALUE});
            synchronized (span) {
                span[0] = Math.min(span[0], end - millis * 1_000_000L);
                span[1] = Math.max(span[1], end);
            }
            int status = session.contains("responseStatus") ? session.getInt("responseStatus") : 0;
            statuses.computeIfAbsent(name, n -> new ConcurrentHashMap<>()).computeIfAbsent(status, s -> new AtomicLong())
                    .incrementAndGet();
            if (expected.contains(status)) {
                ok.computeIfAbsent(name, n -> new ConcurrentHistogram(3)).recordValue(millis);
            } else {
                ko.computeIfAbsent(name, n -> new AtomicLong()).incrementAndGet();
            }
            return session.remove("responseTime").remove("responseStatus");
        };
    }

    /** What a simulation's after() calls: writes the figures to fileName in the work directory. */
    public void save(String fileName) {
        try {
            write(Settings.workDirectory().resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every request's figures to file (one properties file per scenario). */
    public void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String name : window.keySet()) {
            Histogram times = ok.getOrDefault(name, new Histogram(3));
            long[] span = window.get(name);
            double seconds = Math.max(1e-3, (span[1] - span[0]) / 1e9);
            out.append(key(name)).append(".ok=").append(times.getTotalCount()).append('\n')
                    .append(key(name)).append(".ko=").append(ko.getOrDefault(name, new AtomicLong()).get()).append('\n')
                    .append(key(name)).append(".seconds=").append(seconds).append('\n')
                    .append(key(name)).append(".p50=").append(times.getValueAtPercentile(50)).append('\n')
                    .append(key(name)).append(".p99=").append(times.getValueAtPercentile(99)).append('\n')
                    .append(key(name)).append(".max=").append(times.getMaxValue()).append('\n');
            statuses.getOrDefault(name, Map.of()).forEach((status, count) ->
                    out.append(key(name)).append(".status.").append(status).append('=').append(count.get()).append('\n'));
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    /** One request's figures from the file {@link #write} wrote. */
    public static Figures read(Path file, String name, String label) throws IOException {
        Properties figures = new Properties();
        figures.load(new StringReader(Files.readString(file)));
        String key = key(name);
        if (figures.getProperty(key + ".ok") == null) {
            throw new IllegalStateException("the simulation recorded no '" + name + "' request (" + file + ")");
        }
        long okCount = Long.parseLong(figures.getProperty(key + ".ok"));
        return new Figures(label, okCount, Long.parseLong(figures.getProperty(key + ".ko")),
                okCount / Double.parseDouble(figures.getProperty(key + ".seconds")),
                Double.parseDouble(figures.getProperty(key + ".p50")), Double.parseDouble(figures.getProperty(key + ".p99")),
                Double.parseDouble(figures.getProperty(key + ".max")));
    }

    /** How many responses of the named request had this HTTP status. */
    public static long statusCount(Path file, String name, int status) throws IOException {
        Properties figures = new Properties();
        figures.load(new StringReader(Files.readString(file)));
        return Long.parseLong(figures.getProperty(key(name) + ".status." + status, "0"));
    }

    private static String key(String name) {
        return name.replaceAll("[^A-Za-z0-9-]", "_");
    }
}
