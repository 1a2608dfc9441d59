package com.converge.deploy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The objects of one rendered YAML stream, as trees and, on demand, as typed models. */
final class Manifests {

    static final ObjectMapper YAML = new YAMLMapper();

    private final String source;
    private final List<JsonNode> objects;

    private Manifests(String source, List<JsonNode> objects) {
        this.source = source;
        this.objects = objects;
    }

    static Manifests parse(String source, String yaml) {
        List<JsonNode> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    objects.add(document);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(source + " is not valid YAML", e);
        }
        return new Manifests(source, objects);
    }

    String source() {
        return source;
    }

    List<JsonNode> all() {
        return objects;
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(nameOf(o))).findFirst();
    }

    JsonNode get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(source + " has no " + kind + " " + name));
    }

    <T> List<T> ofKind(String kind, Class<T> type) {
        return ofKind(kind).stream().map(o -> as(o, type)).toList();
    }

    static String nameOf(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("apiVersion").asText() + " " + object.path("kind").asText() + " " + nameOf(object);
    }

    static <T> T as(JsonNode object, Class<T> type) {
        try {
            return YAML.treeToValue(object, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(describe(object) + " does not fit " + type.getName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
