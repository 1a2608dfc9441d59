package com.converge.kernel.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What every operation of a Converge OpenAPI document must say (docs/api.md), so an endpoint added
 * without it fails its service's build: a summary, a tag, the roles that may call it (or
 * {@code x-converge-public: true}), a schema for every parameter, a description or named values for
 * every query parameter, a schema for every body and success response, and at
 * least one 4xx answered with the problem+json {@code Problem} schema.
 */
public final class OpenApiDocumentRules {

    public static final String PUBLIC_EXTENSION = "x-converge-public";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String PROBLEM = "#/components/schemas/Problem";

    private OpenApiDocumentRules() {
    }

    /**
     * The values a named vocabulary schema ({@code @Schema(name = ..., enumeration = ...)} on a marker
     * class) documents, for a test that keeps them equal to the domain enum's wire names.
     */
    public static List<String> documentedValues(Class<?> vocabulary) {
        Schema schema = vocabulary.getAnnotation(Schema.class);
        if (schema == null) {
            throw new IllegalArgumentException(vocabulary + " has no @Schema");
        }
        return List.of(schema.enumeration());
    }

    /** Each rule an operation under /api/ breaks, as "POST /api/v1/things: what is missing". */
    public static List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        if (document.at("/components/schemas/Problem").isMissingNode()) {
            violations.add("components.schemas.Problem is missing");
        }
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (METHODS.contains(method.getKey())) {
                    String name = method.getKey().toUpperCase() + " " + path.getKey();
                    check(document, method.getValue()).forEach(problem -> violations.add(name + ": " + problem));
                }
            }
        }
        return violations;
    }

    /**
     * Each request body or success response of an operation under /api/ that a reader could not see
     * an example of, as "POST /api/v1/things 201: ThingResponse.lines[].sku". A body has one when its
     * media type carries {@code example(s)}, or when every leaf of its schema does
     * ({@code @Schema(example = ...)} on the record component); a closed set of values, a constant and
     * a boolean are their own example.
     */
    public static List<String> examplesMissing(JsonNode document) {
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = method.getValue();
                if (operation.has("requestBody")) {
                    bodyExamplesMissing(document, resolve(document, operation.path("requestBody")), name + " request", missing);
                }
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    if (response.getKey().startsWith("2")) {
                        bodyExamplesMissing(document, resolve(document, response.getValue()), name + " " + response.getKey(), missing);
                    }
                }
            }
        }
        return List.copyOf(missing);
    }

    private static void bodyExamplesMissing(JsonNode document, JsonNode body, String where, Set<String> missing) {
        for (Map.Entry<String, JsonNode> mediaType : body.path("content").properties()) {
            JsonNode media = mediaType.getValue();
            if (media.has("example") || media.has("examples")) {
                continue;
            }
            List<String> leaves = new ArrayList<>();
            leavesWithoutExample(document, media.path("schema"), "", new HashSet<>(), leaves);
            leaves.forEach(leaf -> missing.add(where + ": " + leaf));
        }
    }

    private static void leavesWithoutExample(JsonNode document, JsonNode schema, String at, Set<String> visiting, List<String> leaves) {
        if (schema.has("example") || schema.has("examples") || schema.has("enum") || schema.has("const") || isBoolean(schema)) {
            return;
        }
        String reference = schema.path("$ref").asText();
        if (reference.startsWith("#/")) {
            String named = reference.substring(reference.lastIndexOf('/') + 1);
            if (visiting.add(reference)) {
                leavesWithoutExample(document, document.at(reference.substring(1)), at.isEmpty() ? named : at, visiting, leaves);
                visiting.remove(reference);
            }
            return;
        }
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            for (JsonNode part : schema.path(composition)) {
                leavesWithoutExample(document, part, at, visiting, leaves);
            }
        }
        if (schema.has("items")) {
            leavesWithoutExample(document, schema.path("items"), at + "[]", visiting, leaves);
        } else if (schema.has("properties")) {
            for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
                leavesWithoutExample(document, property.getValue(), at + "." + property.getKey(), visiting, leaves);
            }
        } else if (schema.path("additionalProperties").isObject()) {
            leavesWithoutExample(document, schema.path("additionalProperties"), at + ".*", visiting, leaves);
        } else if (!schema.has("allOf") && !schema.has("oneOf") && !schema.has("anyOf")) {
            leaves.add(at.isEmpty() ? "(the body)" : at);
        }
    }

    private static boolean isBoolean(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!each.asText().equals("boolean") && !each.asText().equals("null")) {
                    return false;
                }
            }
            return !type.isEmpty();
        }
        return type.asText().equals("boolean");
    }

    private static List<String> check(JsonNode document, JsonNode operation) {
        List<String> missing = new ArrayList<>();
        if (operation.path("summary").asText().isBlank()) {
            missing.add("no summary (@Operation(summary = ...))");
        }
        if (operation.path("tags").isEmpty()) {
            missing.add("no tag (@Tag on the resource)");
        }
        if (!operation.path(PUBLIC_EXTENSION).asBoolean(false)) {
            JsonNode security = operation.path("security");
            boolean rolesNamed = !security.isEmpty();
            for (JsonNode requirement : security) {
                rolesNamed &= !requirement.isEmpty();
                for (JsonNode roles : requirement) {
                    rolesNamed &= !roles.isEmpty();
                }
            }
            if (!rolesNamed) {
                missing.add("no roles (@RolesAllowed, or @Extension(name = \"" + PUBLIC_EXTENSION + "\", value = \"true\") when public)");
            }
        }
        for (JsonNode parameter : operation.path("parameters")) {
            if (!hasSchema(parameter)) {
                missing.add("parameter " + parameter.path("name").asText() + " has no schema");
            }
            if ("query".equals(parameter.path("in").asText()) && parameter.path("description").asText().isBlank()
                    && !parameter.at("/schema/$ref").isTextual() && !parameter.at("/schema/items/$ref").isTextual()) {
                missing.add("query parameter " + parameter.path("name").asText()
                        + " is not described (@Parameter(description = ...), or a schema naming its values)");
            }
        }
        if (operation.has("requestBody") && !everyMediaTypeHasASchema(resolve(document, operation.path("requestBody")))) {
            missing.add("the request body has no schema");
        }
        boolean problemDocumented = false;
        for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
            String status = response.getKey();
            JsonNode resolved = resolve(document, response.getValue());
            if (status.startsWith("2") && !status.equals("204") && !everyMediaTypeHasASchema(resolved)) {
                missing.add(status + " has no schema (@APIResponseSchema when the method returns a Response)");
            }
            if (status.startsWith("4") && PROBLEM.equals(resolved.at("/content/application~1problem+json/schema/$ref").asText())) {
                problemDocumented = true;
            }
        }
        if (!problemDocumented) {
            missing.add("no 4xx answered with application/problem+json " + PROBLEM);
        }
        return missing;
    }

    private static boolean everyMediaTypeHasASchema(JsonNode withContent) {
        JsonNode content = withContent.path("content");
        if (content.isEmpty()) {
            return false;
        }
        for (JsonNode mediaType : content) {
            if (!hasSchema(mediaType)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSchema(JsonNode node) {
        JsonNode schema = node.path("schema");
        return schema.has("$ref") || schema.has("type") || schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf");
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        String reference = node.path("$ref").asText();
        return reference.startsWith("#/") ? document.at(reference.substring(1)) : node;
    }
}
