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

public record BookingResponse(String id, long customerId, long addressId, String pincode, String status, String paymentStatus,
                              String providerId, List<Item> items, BigDecimal taxableAmount, BigDecimal cgst, BigDecimal sgst,
                              BigDecimal igst, BigDecimal totalAmount, String invoiceNumber, Instant createdAt,
                              Instant confirmedAt, Instant completedAt, Instant cancelledAt, BigDecimal cancellationFee,
                              List<RescheduleEntry> reschedules,
                              @Schema(description = "Fees charged on top of the items (reschedules inside the window), each with its GST")
                              List<ChargeLine> charges,
                              @Schema(description = "What the charges come to, GST included") BigDecimal chargesAmount,
                              @Schema(description = "What the customer owes in all: totalAmount + chargesAmount") BigDecimal amountOwed) {

    public record ChargeLine(int lineNo, String description, String placeOfSupply, BigDecimal taxableAmount, BigDecimal cgst,
                             BigDecimal sgst, BigDecimal igst, BigDecimal totalAmount) {

        static ChargeLine of(Charge charge) {
            return new ChargeLine(charge.lineNo(), charge.description(), charge.tax().placeOfSupply().name(),
                    charge.tax().taxable().amount(), charge.tax().cgst().amount(), charge.tax().sgst().amount(),
                    charge.tax().igst().amount(), charge.tax().total().amount());
        }
    }

    public record RescheduleEntry(int number, String fromDate, String fromSlot, String toDate, String toSlot, String rescheduledBy,
                                  Instant rescheduledAt, BigDecimal fee) {

        static RescheduleEntry of(Reschedule reschedule) {
            return new RescheduleEntry(reschedule.number(), reschedule.from().date().toString(), reschedule.from().startText(),
                    reschedule.to().date().toString(), reschedule.to().startText(), reschedule.rescheduledBy(),
                    reschedule.rescheduledAt(), reschedule.fee().amount());
        }
    }

    public record Item(int lineNo, long rateCardId, int subcategoryId, String description, BigDecimal unitPrice, int quantity,
                       String date, String slot, String placeOfSupply, BigDecimal taxableAmount, BigDecimal cgst,
                       BigDecimal sgst, BigDecimal igst) {

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
