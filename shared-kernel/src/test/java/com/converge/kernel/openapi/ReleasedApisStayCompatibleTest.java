package com.converge.kernel.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.testing.ConvergeProject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Each service's committed OpenAPI document (docs/openapi, which its PlatformEndpointsTest keeps
 * equal to what it serves) against the last released one (docs/openapi/released; a release copies
 * the current documents there). A change that breaks a client of a released operation fails: a
 * removed operation, a removed response field, a new required request field or parameter, a
 * narrower enum. The way to make one is a new path version ({@code /api/v2/...}) beside the old one,
 * which is an addition; a released operation may go only once it was released as deprecated
 * (docs/api.md, deprecation policy).
 */
class ReleasedApisStayCompatibleTest {

    static final Path CURRENT = ConvergeProject.root().resolve("docs/openapi");
    static final Path RELEASED = CURRENT.resolve("released");

    static Stream<String> releasedServices() throws IOException {
        try (Stream<Path> files = Files.list(RELEASED)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".yaml"))
                    .map(name -> name.substring(0, name.length() - ".yaml".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("releasedServices")
    void noReleasedOperationChangesIncompatibly(String service) throws IOException {
        Path now = CURRENT.resolve(service + ".yaml");
        assertThat(now).as("a released API is still published").exists();

        ChangedOpenApi diff = OpenApiCompare.fromLocations(RELEASED.resolve(service + ".yaml").toString(), now.toString());

        List<String> breaking = new ArrayList<>();
        diff.getMissingEndpoints().stream()
                .filter(endpoint -> !Boolean.TRUE.equals(endpoint.getOperation().getDeprecated()))
                .forEach(endpoint -> breaking.add(endpoint.getMethod() + " " + endpoint.getPathUrl()
                        + " removed without being released as deprecated first"));
        diff.getChangedOperations().stream()
                .filter(operation -> operation.isChanged().isIncompatible())
                .forEach(operation -> breaking.add(operation.getHttpMethod() + " " + operation.getPathUrl()
                        + " changed incompatibly: publish the new shape under the next path version beside it"));
        // openapi-diff counts a response field removed as compatible; a client reading it breaks
        diff.getChangedOperations().forEach(operation -> {
            if (operation.getApiResponses() != null) {
                operation.getApiResponses().getChanged().forEach((status, response) -> {
                    if (response.getContent() != null) {
                        response.getContent().getChanged().values().forEach(mediaType -> removedFields("", mediaType.getSchema())
                                .forEach(field -> breaking.add(operation.getHttpMethod() + " " + operation.getPathUrl() + " "
                                        + status + " no longer has the field " + field)));
                    }
                });
            }
        });
        if (!breaking.isEmpty()) {
            assertThat(breaking).as("%s breaks clients of its released API:%n%s", service, report(diff)).isEmpty();
        }
    }

    private static List<String> removedFields(String prefix, ChangedSchema schema) {
        List<String> removed = new ArrayList<>();
        if (schema == null) {
            return removed;
        }
        schema.getMissingProperties().keySet().forEach(name -> removed.add(prefix + name));
        schema.getChangedProperties().forEach((name, property) -> removed.addAll(removedFields(prefix + name + ".", property)));
        removed.addAll(removedFields(prefix + "[].", schema.getItems()));
        return removed;
    }

    private static String report(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new MarkdownRender().render(diff, writer); // flushes and closes it
        return out.toString(StandardCharsets.UTF_8);
    }
}
