package com.converge.kernel.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class OpenApiDocumentRulesTest {

    private static JsonNode document(String thingSchema) throws Exception {
        return new ObjectMapper().readTree("""
                {"paths": {"/api/v1/things/{id}": {"get": {"responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "404": {"content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}},
                 "components": {"schemas": {"Thing": %s,
                    "Line": {"type": "object", "properties": {"sku": {"type": "string", "example": "SKU-1"},
                                                              "thing": {"$ref": "#/components/schemas/Thing"}}}}}}
                """.formatted(thingSchema));
    }

    @Test
    void namesEveryLeafOfASuccessBodyWithoutAnExample() throws Exception {
        JsonNode document = document("""
                {"type": "object", "properties": {"id": {"type": "integer"}, "note": {"type": ["string", "null"]},
                 "lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}}}}
                """);

        assertThat(OpenApiDocumentRules.examplesMissing(document))
                .containsExactly("GET /api/v1/things/{id} 200: Thing.id", "GET /api/v1/things/{id} 200: Thing.note");
    }

    @Test
    void aClosedSetAFlagAnExampleOnTheMediaTypeOrOnEveryLeafIsEnough() throws Exception {
        JsonNode leaves = document("""
                {"type": "object", "properties": {"id": {"type": "integer", "example": 7}, "open": {"type": "boolean"},
                 "status": {"type": "string", "enum": ["open", "closed"]}, "tags": {"type": "object",
                 "additionalProperties": {"type": "string", "examples": ["red"]}},
                 "lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}}}}
                """);
        JsonNode onTheMediaType = document("{\"type\": \"object\", \"properties\": {\"id\": {\"type\": \"integer\"}}}");
        ((ObjectNode) onTheMediaType.at("/paths/~1api~1v1~1things~1{id}/get/responses/200/content/application~1json"))
                .putObject("example").put("id", 7);

        assertThat(OpenApiDocumentRules.examplesMissing(leaves)).isEmpty();
        assertThat(OpenApiDocumentRules.examplesMissing(onTheMediaType)).isEmpty();
    }
}
