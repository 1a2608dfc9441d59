package com.converge.booking.adapter.inbound.rest;

import static com.converge.kernel.testing.OpenApiDocumentRules.documentedValues;
import static org.assertj.core.api.Assertions.assertThat;

import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.booking.BookingStatus;
import com.converge.booking.domain.payment.Payment;
import com.converge.booking.domain.payment.PaymentMethod;
import com.converge.booking.domain.payment.RefundDestination;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletReason;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI document names exactly the values the API reads and writes. */
class VocabulariesTest {

    @Test
    void everyVocabularyListsItsDomainValuesInOrder() {
        assertThat(documentedValues(Vocabularies.Status.class)).isEqualTo(wire(BookingStatus.values()));
        assertThat(documentedValues(Vocabularies.Method.class)).isEqualTo(wire(PaymentMethod.values()));
        assertThat(documentedValues(Vocabularies.Outcome.class)).isEqualTo(wire(Payment.Outcome.values()));
        assertThat(documentedValues(Vocabularies.Destination.class)).isEqualTo(wire(RefundDestination.values()));
        assertThat(documentedValues(Vocabularies.Direction.class)).isEqualTo(wire(WalletEntry.Direction.values()));
        assertThat(documentedValues(Vocabularies.Reason.class)).isEqualTo(wire(WalletReason.values()));
        assertThat(documentedValues(Vocabularies.State.class)).isEqualTo(Arrays.stream(StateCode.values()).map(Enum::name).toList());
    }

    private static List<String> wire(Enum<?>... values) {
        return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
    }
}
