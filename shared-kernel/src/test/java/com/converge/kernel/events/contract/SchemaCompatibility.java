package com.converge.kernel.events.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.TreeSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a consumer written against the released schema would trip over in the current one. Events
 * are read by consumers of the old and the new code, and old records stay on the topic, so a change
 * is compatible only when it works both ways: properties may be added if optional, enums may grow;
 * nothing may be removed, retyped, made required or narrowed.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** Every breaking difference from {@code released} to {@code current}, by JSON path; empty when compatible. */
    static List<String> breakingChanges(JsonNode released, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("$", released, current, problems);
        return problems;
    }

    private static void compare(String path, JsonNode released, JsonNode current, List<String> problems) {
        Set<String> releasedTypes = types(released);
        Set<String> currentTypes = types(current);
        if (!releasedTypes.equals(currentTypes)) {
            problems.add(path + ": type changed from " + releasedTypes + " to " + currentTypes);
        }
        if (!released.path("format").equals(current.path("format"))) {
            problems.add(path + ": format changed from " + released.path("format") + " to " + current.path("format"));
        }
        compareEnums(path, released, current, problems);

        Set<String> releasedRequired = strings(released.path("required"));
        for (String name : strings(current.path("required"))) {
            if (!releasedRequired.contains(name)) {
                problems.add(path + ": new required property " + name);
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties = released.path("properties").fields(); properties.hasNext(); ) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode now = current.path("properties").get(property.getKey());
            if (now == null) {
                problems.add(path + ": property " + property.getKey() + " removed");
            } else {
                compare(path + "." + property.getKey(), property.getValue(), now, problems);
            }
        }
        if (released.has("items")) {
            compare(path + "[]", released.get("items"), current.path("items"), problems);
        }
    }

    private static void compareEnums(String path, JsonNode released, JsonNode current, List<String> problems) {
        if (!current.has("enum")) {
            return; // no enum, or an enum lifted: every value is still accepted
        }
        if (!released.has("enum")) {
            problems.add(path + ": values restricted to " + current.get("enum"));
            return;
        }
        Set<String> removed = strings(released.get("enum"));
        removed.removeAll(strings(current.get("enum")));
        if (!removed.isEmpty()) {
            problems.add(path + ": enum narrowed, " + removed + " no longer allowed");
        }
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? strings(type) : type.isMissingNode() ? Set.of() : Set.of(type.asText());
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
