package com.converge.kernel.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.converge.kernel.events.EventCatalog;
import com.converge.kernel.events.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed schemas are exactly what the records produce, so the two cannot drift. After a
 * deliberate change to an event record, regenerate them with
 * {@code ./mvnw -o -q -pl shared-kernel test -Dtest=EventSchemasTest -Dconverge.schemas.write=true}
 * and commit the result (the compatibility test then says whether the change needs a new version).
 */
class EventSchemasTest {

    private static final boolean WRITE = Boolean.getBoolean("converge.schemas.write");

    @Test
    void everyCommittedSchemaIsWhatItsRecordGenerates() throws IOException {
        List<String> stale = new ArrayList<>();
        for (EventType<?> type : EventCatalog.ALL) {
            Path file = EventSchemas.sourceFile(type);
            String generated = EventSchemas.render(EventSchemas.generate(type));
            if (WRITE) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, generated);
            } else if (!Files.isRegularFile(file) || !Files.readString(file).equals(generated)) {
                stale.add(EventSchemas.fileName(type));
            }
        }
        assertThat(stale).as("schemas that differ from their records: regenerate with -Dconverge.schemas.write=true").isEmpty();
    }

    @Test
    void noSchemaIsPublishedForAnEventTypeTheCatalogDoesNotHave() throws IOException {
        Path directory = EventSchemas.sourceFile(EventCatalog.COMPLAINT_CREATED).getParent().getParent();
        Set<String> expected = EventCatalog.ALL.stream().map(EventSchemas::fileName).collect(Collectors.toSet());
        try (Stream<Path> files = Files.walk(directory)) {
            Set<String> committed = files.filter(Files::isRegularFile)
                    .map(file -> directory.relativize(file).toString().replace('\\', '/'))
                    .collect(Collectors.toSet());
            assertThat(committed).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void everyRuleNamesAFieldThatExists() {
        Set<String> fields = EventCatalog.ALL.stream()
                .flatMap(type -> fieldsOf(type.dataClass()))
                .collect(Collectors.toSet());
        assertThat(fields).containsAll(EventFieldRules.NULLABLE).containsAll(EventFieldRules.WIRE_VALUES.keySet());
    }

    private static Stream<String> fieldsOf(Class<?> record) {
        return Stream.of(record.getRecordComponents()).flatMap(component -> {
            Stream<String> own = Stream.of(record.getSimpleName() + "." + component.getName());
            Stream<String> nested = Stream.of(record.getDeclaredClasses()).filter(Class::isRecord).flatMap(EventSchemasTest::fieldsOf);
            return Stream.concat(own, nested);
        }).distinct();
    }
}
