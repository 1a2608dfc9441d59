package com.converge.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** JDBC to one service's database on the stack's MariaDB: the loaders, the checks and the baselines use it. */
public final class Database {

    private final String name;

    public Database(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(Settings.jdbcUrl(name), Settings.mysqlUser(), Settings.mysqlPassword());
    }

    /** Runs statements one after the other in autocommit, printing how long the whole took. */
    public void execute(String what, String... statements) throws SQLException {
        long start = System.nanoTime();
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
        System.out.printf("  %s (%.1f s)%n", what, (System.nanoTime() - start) / 1e9);
    }

    public long count(String sql, Object... parameters) throws SQLException {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
