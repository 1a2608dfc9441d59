package com.converge.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.OrderId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ComplaintTest {

    private static final Instant NOW = Instant.parse("2026-11-20T04:30:00Z");

    @ParameterizedTest(name = "{0}: respond within {1}h, resolve within {2}h")
    @CsvSource({"CRITICAL, 1, 4", "HIGH, 4, 24", "MEDIUM, 24, 72", "LOW, 48, 168"})
    void aNewComplaintIsDueByTheDefaultSlaTable(Priority priority, long respondHours, long resolveHours) {
        Complaint complaint = Complaint.raise(new CustomerId(42), ComplaintType.DELAY, priority, "Late", "Nobody came",
                ComplaintReference.NONE, SlaPolicy.DEFAULT, SlaPolicy.STANDARD_SEGMENT, "42", NOW);

        assertThat(complaint.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(complaint.responseDueAt()).isEqualTo(NOW.plus(Duration.ofHours(respondHours)));
        assertThat(complaint.resolutionDueAt()).isEqualTo(NOW.plus(Duration.ofHours(resolveHours)));
        assertThat(complaint.clock(SlaClockKind.NEXT_RESPONSE).state()).isEqualTo(SlaClock.State.IDLE);
        assertThat(complaint.clock(SlaClockKind.NEXT_RESPONSE).target()).isEqualTo(Duration.ofHours(respondHours));
    }

    @Test
    void aComplaintReferencesABookingOrAnOrderButNotBoth() {
        assertThatThrownBy(() -> new ComplaintReference(BookingId.next(), OrderId.next()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("orderId"));
    }

    @Test
    void onlyHighAndCriticalAreUrgent() {
        assertThat(Priority.CRITICAL.isUrgent()).isTrue();
        assertThat(Priority.HIGH.isUrgent()).isTrue();
        assertThat(Priority.MEDIUM.isUrgent()).isFalse();
        assertThat(Priority.LOW.isUrgent()).isFalse();
    }

    @Test
    void unknownTypesAndPrioritiesNameTheField() {
        assertThatThrownBy(() -> ComplaintType.fromWire("type", "rude"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("type");
                    assertThat(e.getMessage()).contains("service_quality");
                });
        assertThatThrownBy(() -> Priority.fromWire("priority", "urgent"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("priority"));
        assertThatThrownBy(() -> ComplaintStatus.fromWire("status", "done"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("status"));
    }
}
