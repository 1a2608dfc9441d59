package com.converge.kernel.openapi;

import com.converge.kernel.domain.Role;
import com.converge.kernel.idempotency.IdempotentRequests;
import com.converge.kernel.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes every service's OpenAPI document with what all Converge endpoints share (docs/api.md),
 * so a new endpoint is documented by its own annotations only for what cannot be derived: its
 * summary, tag, success schema and the 404/409/422 that apply beyond the defaults below.
 * <ul>
 * <li>the {@code Problem} schema and one reusable response per problem type;</li>
 * <li>on every operation: 400 when it takes parameters or a body, 401 and 403 when it needs a role
 * (Quarkus lists the roles of {@code @RolesAllowed} as the security requirement's scopes), 404 when
 * its path names a resource, 409 and 422 when its description names them ("a name already taken is
 * 409"), 500 always; an error response an endpoint declares with a description only gets the
 * problem content;</li>
 * <li>{@code cursor} and {@code limit} described as the cursor pagination they are, and the
 * {@code Idempotency-Key} header;</li>
 * <li>a comma-separated filter ({@code @Schema(type = ARRAY, enumeration = ...)}, which MicroProfile's
 * annotations cannot give an items enum) gets its values on its items, where clients look for them;</li>
 * <li>a field declared {@code @Schema(implementation = SomeVocabulary.class)} is only its reference:
 * SmallRye adds {@code type: object} beside it, which contradicts the string enum it points to;</li>
 * <li>an {@code @Authenticated} operation's requirement lists every role;</li>
 * <li>paths, schemas, responses and tags sorted, so the committed documents diff meaningfully.</li>
 * </ul>
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ConvergeApiDocument implements OASFilter {

    static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    /** The shared error responses, by the name operations refer to them with. */
    private enum Failure {
        BAD_REQUEST("BadRequest", "400", "A field, parameter or header has a bad value (named in errors), or the body is not JSON",
                example("validation", "The request is not valid", 400, "limit: must be between 1 and 200", "limit")),
        UNAUTHORIZED("Unauthorized", "401", "No valid bearer token (missing, expired or badly signed)",
                example("unauthorized", "Unauthorized", 401, "a valid bearer token is required", null)),
        FORBIDDEN("Forbidden", "403", "The token's roles may not call this operation",
                example("forbidden", "Forbidden", 403, "your role may not do this", null)),
        NOT_FOUND("NotFound", "404", "No such resource, or it is another customer's",
                example("not-found", "Not found", 404, "no such resource", null)),
        CONFLICT("Conflict", "409", "The resource's state does not allow this: urn:converge:problem:illegal-transition, "
                + "or another conflict kind named in the operation's description",
                example("illegal-transition", "Illegal state transition", 409, "cannot move from closed to in_progress", null)),
        BUSINESS_RULE("BusinessRule", "422", "Well formed but breaks a business rule (named in errors), including an "
                + "Idempotency-Key reused with another body",
                example("business-rule", "The request breaks a business rule", 422,
                        "Idempotency-Key was used with another request body", "Idempotency-Key")),
        INTERNAL("Internal", "500", "Our fault; detail quotes an incident id for support. Retry later with the same Idempotency-Key",
                example("internal", "Internal error", 500, "something went wrong on our side; quote incident 7f3c9a", null));

        final String name;
        final String status;
        final String description;
        final Map<String, Object> example;

        Failure(String name, String status, String description, Map<String, Object> example) {
            this.name = name;
            this.status = status;
            this.description = description;
            this.example = example;
        }

        APIResponse reference() {
            return OASFactory.createAPIResponse().ref(name);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        for (Failure failure : Failure.values()) {
            components.addResponse(failure.name, OASFactory.createAPIResponse()
                    .description(failure.description)
                    .content(problemContent(failure.example)));
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) ->
                    item.getOperations().values().forEach(operation -> complete(path, item, operation)));
            openAPI.getPaths().setPathItems(new TreeMap<>(openAPI.getPaths().getPathItems()));
        }
        components.getSchemas().values().forEach(ConvergeApiDocument::leaveReferencesAlone);
        components.setSchemas(new TreeMap<>(components.getSchemas()));
        components.setResponses(new TreeMap<>(components.getResponses()));
        if (openAPI.getTags() != null) {
            List<Tag> tags = new ArrayList<>(openAPI.getTags());
            tags.sort(Comparator.comparing(Tag::getName));
            openAPI.setTags(tags);
        }
    }

    private static void complete(String path, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
            operation.getParameters().forEach(ConvergeApiDocument::describeCommonParameter);
            operation.getParameters().forEach(ConvergeApiDocument::enumerateItemsOfAList);
        }
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            replaceUndocumented(responses, Failure.BAD_REQUEST);
        }
        boolean needsRole = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        if (needsRole) {
            operation.getSecurity().forEach(ConvergeApiDocument::nameEveryRoleWhenAnyMayCall);
            responses.addAPIResponse(Failure.UNAUTHORIZED.status, Failure.UNAUTHORIZED.reference());
            responses.addAPIResponse(Failure.FORBIDDEN.status, Failure.FORBIDDEN.reference());
        }
        if (path.contains("{")) {
            replaceUndocumented(responses, Failure.NOT_FOUND);
        }
        String description = operation.getDescription() == null ? "" : operation.getDescription();
        for (Failure failure : List.of(Failure.CONFLICT, Failure.BUSINESS_RULE)) {
            if (description.contains(failure.status)) {
                replaceUndocumented(responses, failure);
            }
        }
        replaceUndocumented(responses, Failure.INTERNAL);
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        sorted.forEach((status, response) -> {
            if (!status.startsWith("2") && response.getRef() == null && response.getContent() == null) {
                response.setContent(problemContent(null));
            }
        });
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    /** Adds the shared response unless the operation documents that status itself (Quarkus' own "Bad Request" does not count). */
    private static void replaceUndocumented(APIResponses responses, Failure failure) {
        APIResponse declared = responses.getAPIResponse(failure.status);
        if (declared == null || declared.getContent() == null && declared.getRef() == null && "Bad Request".equals(declared.getDescription())) {
            responses.addAPIResponse(failure.status, failure.reference());
        }
    }

    /** {@code @Authenticated}: any valid token, so any of the roles a token can carry. */
    private static void nameEveryRoleWhenAnyMayCall(SecurityRequirement requirement) {
        requirement.getSchemes().forEach((scheme, roles) -> {
            if (roles == null || roles.isEmpty()) {
                requirement.addScheme(scheme, Arrays.stream(Role.values()).map(Role::name).toList());
            }
        });
    }

    private static void describeCommonParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.HEADER && IdempotentRequests.HEADER.equals(parameter.getName())
                && parameter.getDescription() == null) {
            parameter.setDescription("A fresh random key (a UUID) per intended operation: a retry with the same key and body "
                    + "gets the first response again (Idempotent-Replayed: true) and has no second effect (docs/api.md)");
            parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(100)
                    .pattern("^[\\x21-\\x7E]+$").addExample("0193a1c2-7f3e-7c41-9d2a-5b8e0f6a4c11"));
        }
        if (parameter.getIn() != Parameter.In.QUERY) {
            return;
        }
        if ("cursor".equals(parameter.getName()) && parameter.getDescription() == null) {
            parameter.setDescription("Opaque cursor: the nextCursor of the previous page, sent back with the same filters; "
                    + "leave out for the first page");
        } else if ("limit".equals(parameter.getName()) && parameter.getDescription() == null) {
            parameter.setDescription("Page size (1..200 unless the operation's description says otherwise)");
            parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").minimum(BigDecimal.ONE));
        }
    }

    private static void leaveReferencesAlone(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            schema.setType(null);
            return;
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ConvergeApiDocument::leaveReferencesAlone);
        }
        leaveReferencesAlone(schema.getItems());
        if (schema.getAdditionalPropertiesSchema() != null) {
            leaveReferencesAlone(schema.getAdditionalPropertiesSchema());
        }
    }

    private static void enumerateItemsOfAList(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (schema != null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)
                && schema.getEnumeration() != null && !schema.getEnumeration().isEmpty() && schema.getItems() != null) {
            schema.getItems().setEnumeration(new ArrayList<>(schema.getEnumeration()));
            schema.setEnumeration(null);
        }
    }

    private static Content problemContent(Map<String, Object> example) {
        var mediaType = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        if (example != null) {
            mediaType.addExample(((String) example.get("type")).substring(Problem.TYPE_PREFIX.length()), OASFactory.createExample().value(example));
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addRequired("field").addRequired("message")
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The field, query parameter or header, e.g. items[0].quantity or Idempotency-Key"))
                .addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem document; switch on type, never on title or detail (docs/api.md)")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Stable kind of problem: " + Problem.TYPE_PREFIX + "<kind>")
                        .pattern("^" + Problem.TYPE_PREFIX + "[a-z-]+$")
                        .addExample(Problem.TYPE_PREFIX + "validation"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The request path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError)
                        .description("Each offending field; absent when none is to blame"));
    }

    private static Map<String, Object> example(String kind, String title, int status, String detail, String field) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", Problem.TYPE_PREFIX + kind);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", "/api/v1/...");
        if (field != null) {
            // ordered maps only: the committed documents must come out the same in every JVM
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", field);
            error.put("message", detail.substring(detail.indexOf(':') + 1).strip());
            example.put("errors", List.of(error));
        }
        return example;
    }
}
