package com.converge.callqueue.adapter.inbound.rest;

import static com.converge.kernel.testing.OpenApiDocumentRules.documentedValues;
import static org.assertj.core.api.Assertions.assertThat;

import com.converge.callqueue.domain.CallOutcome;
import com.converge.callqueue.domain.EntrySource;
import com.converge.callqueue.domain.QueueName;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI document names exactly the words the API reads and writes. */
class VocabulariesTest {

    @Test
    void everyVocabularyListsItsDomainValuesInOrder() {
        assertThat(documentedValues(Vocabularies.Queue.class)).isEqualTo(wire(QueueName.values()));
        assertThat(documentedValues(Vocabularies.Outcome.class)).isEqualTo(wire(CallOutcome.values()));
        assertThat(documentedValues(Vocabularies.Source.class)).isEqualTo(wire(EntrySource.values()));
    }

    private static List<String> wire(Enum<?>... values) {
        return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
    }
}
