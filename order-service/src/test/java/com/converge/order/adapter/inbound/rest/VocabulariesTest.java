package com.converge.order.adapter.inbound.rest;

import static com.converge.kernel.testing.OpenApiDocumentRules.documentedValues;
import static org.assertj.core.api.Assertions.assertThat;

import com.converge.order.domain.CartItem;
import com.converge.order.domain.InventoryStatus;
import com.converge.order.domain.PromoScope;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI document names exactly the words the API reads and writes. */
class VocabulariesTest {

    @Test
    void everyVocabularyListsItsDomainValuesInOrder() {
        assertThat(documentedValues(Vocabularies.InventoryStatusValue.class)).isEqualTo(wire(InventoryStatus.values()));
        assertThat(documentedValues(Vocabularies.Availability.class)).isEqualTo(wire(CartItem.Availability.values()));
        assertThat(documentedValues(Vocabularies.PromoScopeValue.class)).isEqualTo(wire(PromoScope.values()));
    }

    private static List<String> wire(Enum<?>... values) {
        return Arrays.stream(values).map(value -> value.name().toLowerCase(Locale.ROOT)).toList();
    }
}
