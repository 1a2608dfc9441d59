package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.domain.booking.Booking;
import com.converge.booking.domain.booking.BookingItem;
import com.converge.booking.domain.booking.Charge;
import com.converge.booking.domain.booking.Reschedule;
import com.converge.booking.domain.provider.ProviderId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record BookingResponse(@Schema(example = "01a220e3-e928-71c1-b714-9d439536b321") String id,
                              @Schema(example = "42") long customerId,
                              @Schema(example = "7") long addressId,
                              @Schema(example = "560038") String pincode,
                              @Schema(example = "completed") String status,
                              @Schema(example = "refunded") String paymentStatus,
                              @Schema(description = "Assigned when confirmed", example = "01a139af-6b40-7a4c-9123-b1612dd272d1") String providerId,
                              List<Item> items,
                              @Schema(example = "599.00") BigDecimal taxableAmount,
                              @Schema(example = "53.91") BigDecimal cgst,
                              @Schema(example = "53.91") BigDecimal sgst,
                              @Schema(example = "0.00") BigDecimal igst,
                              @Schema(description = "The items with their GST", example = "706.82") BigDecimal totalAmount,
                              @Schema(description = "Once completed", example = "BK/2627/000042") String invoiceNumber,
                              @Schema(example = "2026-11-28T06:42:17.318204Z") Instant createdAt,
                              @Schema(example = "2026-11-28T07:10:02.447913Z") Instant confirmedAt,
                              @Schema(example = "2026-12-02T07:55:41.902337Z") Instant completedAt,
                              @Schema(example = "2026-11-29T03:15:09.120554Z") Instant cancelledAt,
                              @Schema(description = "Once cancelled: the fee kept", example = "100.00") BigDecimal cancellationFee,
                              List<RescheduleEntry> reschedules,
                              @Schema(description = "Fees charged on top of the items (reschedules inside the window), each with its GST")
                              List<ChargeLine> charges,
                              @Schema(description = "What the charges come to, GST included", example = "59.00") BigDecimal chargesAmount,
                              @Schema(description = "What the customer owes in all: totalAmount + chargesAmount", example = "765.82")
                              BigDecimal amountOwed) {

    public record ChargeLine(@Schema(description = "Numbered after the items", example = "2") int lineNo,
                             @Schema(example = "Reschedule fee (move 1 to 2026-12-02 12:00)") String description,
                             @Schema(example = "KA") String placeOfSupply,
                             @Schema(example = "50.00") BigDecimal taxableAmount,
                             @Schema(example = "4.50") BigDecimal cgst,
                             @Schema(example = "4.50") BigDecimal sgst,
                             @Schema(example = "0.00") BigDecimal igst,
                             @Schema(example = "59.00") BigDecimal totalAmount) {

        static ChargeLine of(Charge charge) {
            return new ChargeLine(charge.lineNo(), charge.description(), charge.tax().placeOfSupply().name(),
                    charge.tax().taxable().amount(), charge.tax().cgst().amount(), charge.tax().sgst().amount(),
                    charge.tax().igst().amount(), charge.tax().total().amount());
        }
    }

    public record RescheduleEntry(@Schema(example = "1") int number,
                                  @Schema(example = "2026-12-01") String fromDate,
                                  @Schema(example = "10:00") String fromSlot,
                                  @Schema(example = "2026-12-02") String toDate,
                                  @Schema(example = "12:00") String toSlot,
                                  @Schema(description = "The subject of the caller's token", example = "42") String rescheduledBy,
                                  @Schema(example = "2026-12-01T02:05:11.660127Z") Instant rescheduledAt,
                                  @Schema(description = "Before GST", example = "50.00") BigDecimal fee) {

        static RescheduleEntry of(Reschedule reschedule) {
            return new RescheduleEntry(reschedule.number(), reschedule.from().date().toString(), reschedule.from().startText(),
                    reschedule.to().date().toString(), reschedule.to().startText(), reschedule.rescheduledBy(),
                    reschedule.rescheduledAt(), reschedule.fee().amount());
        }
    }

    @Schema(name = "BookingItem")
    public record Item(@Schema(example = "1") int lineNo,
                       @Schema(example = "12") long rateCardId,
                       @Schema(example = "14") int subcategoryId,
                       @Schema(example = "Geyser Repair - Standard") String description,
                       @Schema(example = "599.00") BigDecimal unitPrice,
                       @Schema(example = "1") int quantity,
                       @Schema(example = "2026-12-02") String date,
                       @Schema(example = "12:00") String slot,
                       @Schema(example = "KA") String placeOfSupply,
                       @Schema(example = "599.00") BigDecimal taxableAmount,
                       @Schema(example = "53.91") BigDecimal cgst,
                       @Schema(example = "53.91") BigDecimal sgst,
                       @Schema(example = "0.00") BigDecimal igst) {

        static Item of(BookingItem item) {
            return new Item(item.lineNo(), item.rateCardId(), item.subcategoryId(), item.description(),
                    item.unitPrice().amount(), item.quantity(), item.slot().date().toString(), item.slot().startText(),
                    item.tax().placeOfSupply().name(), item.tax().taxable().amount(), item.tax().cgst().amount(),
                    item.tax().sgst().amount(), item.tax().igst().amount());
        }
    }

    static BookingResponse of(Booking booking) {
        return new BookingResponse(booking.id().toString(), booking.customerId().value(), booking.addressId(),
                booking.pincode().value(), booking.status().wireName(), booking.paymentStatus().wireName(),
                booking.provider().map(ProviderId::toString).orElse(null),
                booking.items().stream().map(Item::of).toList(), booking.totals().taxable().amount(),
                booking.totals().cgst().amount(), booking.totals().sgst().amount(), booking.totals().igst().amount(),
                booking.total().amount(), booking.invoiceNumber().orElse(null), booking.createdAt(),
                booking.confirmedAt(), booking.completedAt(), booking.cancelledAt(),
                booking.cancellation().map(c -> c.fee().amount()).orElse(null),
                booking.reschedules().stream().map(RescheduleEntry::of).toList(),
                booking.charges().stream().map(ChargeLine::of).toList(), booking.charged().amount(),
                booking.total().plus(booking.charged()).amount());
    }
}
