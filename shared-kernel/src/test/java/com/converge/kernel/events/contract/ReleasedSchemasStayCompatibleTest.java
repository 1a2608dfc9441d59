package com.converge.kernel.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.testing.ConvergeProject;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each published schema against the last released one ({@code docs/events/released}, the schemas as
 * of the last release; a release copies the current schemas there). A breaking change to a released
 * version fails. The way to make one is a new version: a new catalog entry (same name, version + 1),
 * published beside the old one until consumers have moved, which this test checks for as long as the
 * new version is unreleased.
 */
class ReleasedSchemasStayCompatibleTest {

    private static final Pattern FILE = Pattern.compile("(.+)/(\\w+)\\.v(\\d+)\\.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    static final Path RELEASED = ConvergeProject.root().resolve("docs/events/released");
    static final Path CURRENT = ConvergeProject.root().resolve("shared-kernel/src/main/resources").resolve(EventSchemas.RESOURCE_DIRECTORY);

    @Test
    void noReleasedSchemaVersionChangesIncompatibly() {
        Map<String, Path> current = schemasIn(CURRENT);
        List<String> problems = new ArrayList<>();
        schemasIn(RELEASED).forEach((file, released) -> {
            Path now = current.get(file);
            if (now == null) {
                if (!newerVersionPublished(file, current)) {
                    problems.add(file + ": released and no longer published, with no newer version");
                }
                return;
            }
            SchemaCompatibility.breakingChanges(read(released), read(now)).forEach(problem -> problems.add(file + " " + problem
                    + " (incompatible: publish it as a new version beside this one instead)"));
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnreleasedNewVersionIsPublishedBesideTheVersionItReplaces() {
        Map<String, Path> released = schemasIn(RELEASED);
        Map<String, Path> current = schemasIn(CURRENT);
        List<String> problems = new ArrayList<>();
        for (String file : current.keySet()) {
            Matcher name = parse(file);
            int version = Integer.parseInt(name.group(3));
            if (released.containsKey(file) || version == 1) {
                continue;
            }
            String previous = name.group(1) + "/" + name.group(2) + ".v" + (version - 1) + ".json";
            if (released.containsKey(previous) && !current.containsKey(previous)) {
                problems.add(file + " replaces the released " + previous
                        + ", which must stay published until the migration window closes");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theComparisonCatchesEveryKindOfBreakingChange() throws IOException {
        JsonNode released = JSON.readTree("""
                {"type":"object","required":["id","kind"],"properties":{
                  "id":{"type":"string"},"kind":{"type":"string","enum":["a","b"]},"amount":{"type":"number"},
                  "note":{"type":["string","null"]}}}""");

        assertThat(SchemaCompatibility.breakingChanges(released, JSON.readTree("""
                {"type":"object","required":["id","kind"],"properties":{
                  "id":{"type":"string"},"kind":{"type":"string","enum":["a","b","c"]},"amount":{"type":"number"},
                  "note":{"type":["string","null"]},"extra":{"type":["string","null"]}}}""")))
                .as("an optional property and a wider enum are compatible").isEmpty();

        assertThat(SchemaCompatibility.breakingChanges(released, JSON.readTree("""
                {"type":"object","required":["id","kind","extra"],"properties":{
                  "id":{"type":"integer"},"kind":{"type":"string","enum":["a"]},
                  "note":{"type":"string"},"extra":{"type":"string"}}}""")))
                .containsExactlyInAnyOrder(
                        "$: new required property extra",
                        "$: property amount removed",
                        "$.id: type changed from [string] to [integer]",
                        "$.kind: enum narrowed, [b] no longer allowed",
                        "$.note: type changed from [null, string] to [string]");
    }

    private static boolean newerVersionPublished(String file, Map<String, Path> current) {
        Matcher released = parse(file);
        return current.keySet().stream().map(ReleasedSchemasStayCompatibleTest::parse)
                .anyMatch(now -> now.group(1).equals(released.group(1)) && now.group(2).equals(released.group(2))
                        && Integer.parseInt(now.group(3)) > Integer.parseInt(released.group(3)));
    }

    private static Matcher parse(String file) {
        Matcher matcher = FILE.matcher(file);
        if (!matcher.matches()) {
            throw new IllegalStateException(file + " is not named <topic>/<Name>.v<version>.json");
        }
        return matcher;
    }

    private static Map<String, Path> schemasIn(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            Map<String, Path> schemas = new TreeMap<>();
            files.filter(Files::isRegularFile).forEach(file -> schemas.put(directory.relativize(file).toString().replace('\\', '/'), file));
            return schemas;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
