package com.converge.order.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shop API's closed sets of words, each one named schema that fields and filters refer to
 * ({@code @Schema(implementation = Vocabularies.PromoScopeValue.class)}), so a generated client gets
 * one enum per vocabulary. VocabulariesTest keeps each list equal to its domain enum. Fields released in
 * v1 otherwise stay as they were, because ReleasedApisStayCompatibleTest counts an enum added to a
 * response (an order's status, a customer's tier) and a required request field losing its {@code \S}
 * pattern to a reference (paymentMethod, a promo's kind) as breaking.
 */
final class Vocabularies {

    private Vocabularies() {
    }

    @Schema(name = "InventoryStatus", type = SchemaType.STRING, enumeration = {"in_stock", "low_stock", "out_of_stock"})
    static final class InventoryStatusValue {
    }

    @Schema(name = "CartLineAvailability", type = SchemaType.STRING,
            enumeration = {"in_stock", "short", "out_of_stock", "not_for_sale"},
            description = "short: fewer available than the line's quantity")
    static final class Availability {
    }

    @Schema(name = "PromoScope", type = SchemaType.STRING, enumeration = {"all", "categories", "products"})
    static final class PromoScopeValue {
    }
}
