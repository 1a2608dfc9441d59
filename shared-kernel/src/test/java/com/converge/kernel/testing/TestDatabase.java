package com.converge.kernel.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The MariaDB server the tests use: MYSQL_HOST/MYSQL_PORT/MYSQL_USER/MYSQL_PASSWORD, default root on 127.0.0.1:3306.
 * CONVERGE_TEST_DB_SUFFIX is appended to every test database name, so two checkouts can run the same
 * module's tests on one server at once.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static String host() {
        return env("MYSQL_HOST", "127.0.0.1");
    }

    public static String port() {
        return env("MYSQL_PORT", "3306");
    }

    public static String user() {
        return env("MYSQL_USER", "root");
    }

    public static String password() {
        return env("MYSQL_PASSWORD", "");
    }

    /** The name {@code database} really has on the server: with CONVERGE_TEST_DB_SUFFIX appended. */
    public static String name(String database) {
        return database.isEmpty() ? database : database + env("CONVERGE_TEST_DB_SUFFIX", "");
    }

    public static String jdbcUrl(String database) {
        return "jdbc:mariadb://" + host() + ":" + port() + "/" + name(database);
    }

    /** Drops and creates {@code database}, so every test run starts from the migrations alone. */
    public static void recreate(String logicalName) {
        String database = name(logicalName);
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("unexpected database name " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl(""), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database);
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach MariaDB at " + host() + ":" + port()
                    + " (start it, or set MYSQL_HOST/MYSQL_PORT)", e);
        }
    }

    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user(), password());
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
