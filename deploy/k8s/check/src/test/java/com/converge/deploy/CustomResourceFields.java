package com.converge.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fields deploy/k8s may use in the operators' custom resources, from their CRD references
 * (Strimzi 0.48 kafka.strimzi.io/v1beta2, mariadb-operator 25.x k8s.mariadb.com/v1alpha1), in
 * custom-resource-fields.yaml. A path is fields joined by '/', '[]' for list items; '*' is one
 * free-form key (labels, broker config), '**' anything below.
 */
final class CustomResourceFields {

    private static final List<String> COMMON = List.of("apiVersion", "kind", "metadata/name", "metadata/namespace",
            "metadata/labels/**", "metadata/annotations/**");

    private final Map<String, List<Pattern>> allowedByKind = new LinkedHashMap<>();

    static CustomResourceFields load() {
        CustomResourceFields fields = new CustomResourceFields();
        try (InputStream in = CustomResourceFields.class.getResourceAsStream("/custom-resource-fields.yaml")) {
            JsonNode root = Manifests.YAML.readTree(in);
            root.fields().forEachRemaining(kind -> {
                List<Pattern> patterns = new ArrayList<>();
                COMMON.forEach(p -> patterns.add(compile(p)));
                kind.getValue().forEach(p -> patterns.add(compile(p.asText())));
                fields.allowedByKind.put(kind.getKey(), patterns);
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return fields;
    }

    /** Empty when the kind is not one of the custom resources described. */
    Optional<List<String>> unknownFields(String apiVersionAndKind, JsonNode object) {
        List<Pattern> allowed = allowedByKind.get(apiVersionAndKind);
        if (allowed == null) {
            return Optional.empty();
        }
        List<String> leaves = new ArrayList<>();
        collectLeaves(object, "", leaves);
        return Optional.of(leaves.stream()
                .filter(leaf -> allowed.stream().noneMatch(p -> p.matcher(leaf).matches()))
                .toList());
    }

    private static void collectLeaves(JsonNode node, String path, List<String> leaves) {
        if (node.isObject() && !node.isEmpty()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collectLeaves(field.getValue(), path.isEmpty() ? field.getKey() : path + "/" + field.getKey(), leaves);
            }
        } else if (node.isArray() && !node.isEmpty()) {
            node.forEach(item -> collectLeaves(item, path + "[]", leaves));
        } else {
            leaves.add(path);
        }
    }

    private static Pattern compile(String path) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (path.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/\\[]+");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
