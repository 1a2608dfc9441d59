package com.converge.complaint.adapter.inbound.rest;

import static com.converge.kernel.testing.OpenApiDocumentRules.documentedValues;
import static org.assertj.core.api.Assertions.assertThat;

import com.converge.complaint.domain.ComplaintStatus;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.CustomerSegment;
import com.converge.complaint.domain.Priority;
import com.converge.complaint.domain.SlaClock;
import com.converge.complaint.domain.SlaClockReading;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI document names exactly the words the API reads and writes. */
class VocabulariesTest {

    @Test
    void everyVocabularyListsItsDomainValuesInOrder() {
        assertThat(documentedValues(Vocabularies.Status.class)).isEqualTo(wire(ComplaintStatus.values()));
        assertThat(documentedValues(Vocabularies.PriorityValue.class)).isEqualTo(wire(Priority.values()));
        assertThat(documentedValues(Vocabularies.Type.class)).isEqualTo(wire(ComplaintType.values()));
        assertThat(documentedValues(Vocabularies.Segment.class)).isEqualTo(wire(CustomerSegment.values()));
        assertThat(documentedValues(Vocabularies.ClockState.class)).isEqualTo(wire(SlaClock.State.values()));
        assertThat(documentedValues(Vocabularies.ClockOutcome.class)).isEqualTo(wire(SlaClockReading.Outcome.values()));
    }

    private static List<String> wire(Enum<?>... values) {
        return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
    }
}
