package com.converge.complaint.adapter.outbound.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * Many rows as one JSON array of arrays, for {@code JSON_TABLE(?1, '$[*]' COLUMNS (... PATH '$[0]' ...))}:
 * a batch of any size is one statement with one parameter, so its text is the same whatever the
 * number of rows. Times are written as UTC {@code DATETIME(6)} literals.
 */
final class JsonRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private JsonRows() {
    }

    static String of(List<Object[]> rows) {
        try {
            return JSON.writeValueAsString(rows.stream().map(row -> Arrays.stream(row).map(JsonRows::value).toList()).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rows as JSON", e);
        }
    }

    private static Object value(Object value) {
        return value instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(DATETIME) : value;
    }
}
