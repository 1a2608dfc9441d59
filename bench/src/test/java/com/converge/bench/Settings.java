package com.converge.bench;

import java.nio.file.Path;
import java.time.Duration;

/** Where the local stack is and how hard to push it: system properties first, then the environment, then up.sh's defaults. */
public final class Settings {

    private Settings() {
    }

    public static String get(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    public static int integer(String name, int fallback) {
        return Integer.parseInt(get(name, String.valueOf(fallback)));
    }

    /**
     * The unmeasured load before the measured part (WARMUP_SECONDS, 120): a freshly started service
     * spends as much CPU in the JIT compiler as on requests for its first several thousand, and a
     * shorter warm-up measures the compiler, not the service (order-service at 200/s on 2 cores was
     * still compiling after 60 s).
     */
    public static Duration warmUp() {
        return Duration.ofSeconds(integer("WARMUP_SECONDS", 120));
    }

    /** The raw-SQL baselines' unmeasured warm-up (RAW_WARMUP_SECONDS, 10 s: plain JDBC is compiled sooner than a service). */
    public static Duration rawWarmUp() {
        return Duration.ofSeconds(integer("RAW_WARMUP_SECONDS", 10));
    }

    public static String jdbcUrl(String database) {
        return "jdbc:mariadb://" + get("MYSQL_HOST", "127.0.0.1") + ":" + get("MYSQL_PORT", "3306") + "/" + database
                + "?rewriteBatchedStatements=true";
    }

    public static String mysqlUser() {
        return get("MYSQL_USER", "root");
    }

    public static String mysqlPassword() {
        return get("MYSQL_PASSWORD", "");
    }

    /** The service's base URL, on the port up.sh gives it (overridable with the same variables). */
    public static String serviceUrl(String portVariable, int defaultPort) {
        return "http://127.0.0.1:" + get(portVariable, String.valueOf(defaultPort));
    }

    /** The repository root: run.sh passes it; the Gatling plugin runs from bench/. */
    public static Path repositoryRoot() {
        return Path.of(get("CONVERGE_ROOT", "..")).toAbsolutePath().normalize();
    }

    /** Files a run hands from one step to the next (claims the simulation saw, the baseline's figures). */
    public static Path workDirectory() {
        return Path.of(get("BENCH_WORK", "target/bench")).toAbsolutePath().normalize();
    }
}
