package com.converge.booking.domain.booking;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.catalog.Catalog;
import com.converge.booking.domain.catalog.RateCard;
import com.converge.booking.domain.catalog.Subcategory;
import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.booking.domain.invoice.PlaceOfSupply;
import com.converge.booking.domain.invoice.TaxLine;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.Objects;

/** One line of a booking: a rate card's service, how many, when, and the GST on it. */
public record BookingItem(int lineNo, long rateCardId, int subcategoryId, SupplyKind supplyKind, String description,
                          Money unitPrice, int quantity, int durationMinutes, ServiceSlot slot, TaxLine tax) {

    public static final int MAX_QUANTITY = 10;

    public BookingItem {
        Objects.requireNonNull(supplyKind, "supplyKind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(tax, "tax");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity " + quantity);
        }
    }

    /**
     * A line priced from the catalog, with its GST: refused (422 naming {@code field}) when the rate
     * card is unknown or not bookable at the pincode now, or when the slot has begun already.
     */
    public static BookingItem quote(String field, int lineNo, Catalog catalog, long rateCardId, int quantity, ServiceSlot slot,
                                    Pincode pincode, StateCode supplierState, StateCode serviceState, StateCode billingState,
                                    Instant now) {
        RateCard card = catalog.bookableRateCard(rateCardId, pincode, now)
                .orElseThrow(() -> new BusinessRuleViolation(field + ".rateCardId",
                        "rate card " + rateCardId + " cannot be booked at " + pincode + " now"));
        if (!slot.startsAt().isAfter(now)) {
            throw new BusinessRuleViolation(field + ".date", "the slot " + slot.date() + " " + slot.startText() + " has begun already");
        }
        Subcategory subcategory = catalog.subcategoryOf(card);
        SupplyKind kind = catalog.categoryOf(subcategory).supplyKind();
        Money amount = card.price().times(quantity);
        TaxLine tax = TaxLine.on(amount, supplierState, PlaceOfSupply.of(kind, serviceState, billingState));
        return new BookingItem(lineNo, card.id(), subcategory.id(), kind, subcategory.name() + " - " + card.name(),
                card.price(), quantity, card.durationMinutes(), slot, tax);
    }

    /** The same line in another slot. */
    public BookingItem movedTo(ServiceSlot other) {
        return new BookingItem(lineNo, rateCardId, subcategoryId, supplyKind, description, unitPrice, quantity, durationMinutes,
                other, tax);
    }

    public Money amount() {
        return unitPrice.times(quantity);
    }
}
