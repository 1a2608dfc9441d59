package com.converge.order.adapter.inbound.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the order endpoints. */
final class OrderRequests {

    private OrderRequests() {
    }

    record PlaceOrderRequest(
            @NotBlank @Schema(enumeration = {"cod", "prepaid"}, example = "cod") String paymentMethod,
            @Schema(description = "1 to 50 items; each is checked by the order itself, which names items[i].sku or items[i].quantity")
            List<ItemRequest> items,
            @Schema(example = "DIWALI10") String promoCode,
            @Schema(description = "where it goes; decides the shipping fee") ShipToRequest shipTo,
            @Schema(description = "true: order everything in your cart (then no items); the ordered lines leave the cart",
                    example = "false")
            Boolean fromCart) {
    }

    record ShipToRequest(@Schema(required = true, example = "KA") String state,
                         @Schema(required = true, description = "six digits, not starting with 0", example = "560001") String pincode) {
    }

    record ItemRequest(@Schema(required = true, example = "SAMS24-256-BLK") String sku,
                       @Schema(required = true, description = "1 to 1000", example = "1") int quantity) {
    }

    record ReasonRequest(@NotBlank @Size(max = 500) @Schema(example = "Ordered by mistake") String reason) {
    }

    record ShipRequest(@NotBlank @Size(max = 100) @Schema(example = "Delhivery") String carrier,
                       @Size(max = 100) @Schema(example = "DL123456789IN") String trackingNumber) {
    }

    record ExtendRequest(
            @Positive @Schema(required = true, description = "minutes to add to the hold, up to 1440", example = "30") int minutes) {
    }

    record RefundRequest(@NotNull @Positive @Schema(example = "250.00") BigDecimal amount,
                         @NotBlank @Size(max = 500) @Schema(example = "Goodwill for late delivery") String reason) {
    }
}
