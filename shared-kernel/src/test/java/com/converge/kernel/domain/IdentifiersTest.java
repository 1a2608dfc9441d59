package com.converge.kernel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void newIdsAreTimeOrderedSoTheyAppendToTheirIndex() {
        ComplaintId first = ComplaintId.next();
        ComplaintId second = ComplaintId.next();
        assertThat(first.value().version()).isEqualTo(7);
        assertThat(first.value().toString()).isLessThan(second.value().toString());
    }

    @Test
    void aMalformedIdNamesItsField() {
        assertThatThrownBy(() -> OrderId.of("not-a-uuid"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("orderId"));
        assertThatThrownBy(() -> CustomerId.of("abc"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("customerId"));
        assertThatThrownBy(() -> new CustomerId(0)).isInstanceOf(InvalidValueException.class);
    }
}
