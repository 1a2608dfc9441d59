package com.converge.kernel.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A family of gauges read from one SQL aggregate, for the business figures operators watch
 * (complaints open by status, queue depth per queue...). Each row of the query is one gauge: its
 * first columns are the label values, in the order of {@code labels}, and its last column is the
 * value. Every {@code ?} in the query is bound to the service's current time, so "due" and "age"
 * follow the same clock as the rest of the service.
 *
 * <p>A service declares its families as beans ({@code @Produces @Singleton}); {@link QueriedGauges}
 * registers them all and refreshes them on a schedule, so a scrape never touches the database. A
 * label combination the query no longer returns disappears from the scrape. Every replica reports
 * the same tables: aggregate with max(), not sum().
 */
public final class QueriedGauge {

    private final String name;
    private final String description;
    private final String baseUnit;
    private final String sql;
    private final List<String> labels;
    private volatile MultiGauge gauges;

    private QueriedGauge(String name, String description, String baseUnit, String sql, List<String> labels) {
        this.name = name;
        this.description = description;
        this.baseUnit = baseUnit;
        this.sql = sql;
        this.labels = labels;
    }

    public static QueriedGauge of(String name, String description, String sql, String... labels) {
        return new QueriedGauge(name, description, null, sql, List.of(labels));
    }

    /** The same family measured in {@code unit} (Prometheus appends it to the name: seconds -> _seconds). */
    public QueriedGauge measuredIn(String unit) {
        return new QueriedGauge(name, description, unit, sql, labels);
    }

    String name() {
        return name;
    }

    String sql() {
        return sql;
    }

    int timeParameters() {
        return (int) sql.chars().filter(c -> c == '?').count();
    }

    void register(MeterRegistry metrics) {
        MultiGauge.Builder builder = MultiGauge.builder(name).description(description);
        if (baseUnit != null) {
            builder.baseUnit(baseUnit);
        }
        gauges = builder.register(metrics);
    }

    void update(RowSet<Row> rows) {
        List<MultiGauge.Row<?>> latest = new ArrayList<>();
        for (Row row : rows) {
            Tags tags = Tags.empty();
            for (int column = 0; column < labels.size(); column++) {
                Object label = row.getValue(column);
                tags = tags.and(labels.get(column), label == null ? "none" : label.toString());
            }
            Object value = row.getValue(labels.size());
            latest.add(MultiGauge.Row.of(tags, value == null ? 0 : ((Number) value).doubleValue()));
        }
        gauges.register(latest, true);
    }
}
