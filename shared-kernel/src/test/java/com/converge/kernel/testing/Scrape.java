package com.converge.kernel.testing;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sample from the service's Prometheus scrape (/q/metrics), as Prometheus would. */
public final class Scrape {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private Scrape() {
    }

    /** The value of {@code metric} whose labels include {@code labels}; NaN when the scrape has no such sample. */
    public static double value(String metric, Map<String, String> labels) {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String line : body.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.trim());
            if (!sample.matches() || !sample.group(1).equals(metric)) {
                continue;
            }
            Map<String, String> found = new HashMap<>();
            if (sample.group(2) != null) {
                Matcher label = LABEL.matcher(sample.group(2));
                while (label.find()) {
                    found.put(label.group(1), label.group(2));
                }
            }
            if (found.entrySet().containsAll(labels.entrySet())) {
                return Double.parseDouble(sample.group(3));
            }
        }
        return Double.NaN;
    }

    public static double value(String metric) {
        return value(metric, Map.of());
    }
}
