package com.converge.booking.application.port.inbound;

import com.converge.booking.domain.payment.PaymentMethod;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.util.Objects;

/**
 * A payment for a booking as the gateway (or the cash collector) reported it: succeeded, or failed
 * with a reason. A wallet payment is a ledger debit and cannot fail at a gateway.
 */
public record RecordPaymentCommand(BookingId bookingId, Money amount, PaymentMethod method, boolean succeeded,
                                   String reference, String failureReason, Caller caller) {

    public static final int REFERENCE_MAX = 100;
    public static final int FAILURE_REASON_MAX = 200;

    public RecordPaymentCommand {
        Objects.requireNonNull(bookingId, "bookingId");
        Objects.requireNonNull(caller, "caller");
        if (amount == null || !amount.isPositive()) {
            throw new InvalidValueException("amount", "must be more than zero");
        }
        if (method == null) {
            throw new InvalidValueException("method", "is required");
        }
        reference = blankToNull(reference);
        if (reference != null && reference.length() > REFERENCE_MAX) {
            throw new InvalidValueException("reference", "is longer than " + REFERENCE_MAX + " characters");
        }
        failureReason = blankToNull(failureReason);
        if (succeeded && failureReason != null) {
            throw new InvalidValueException("failureReason", "is only for failed payments");
        }
        if (!succeeded) {
            if (method == PaymentMethod.WALLET) {
                throw new InvalidValueException("outcome", "a wallet payment cannot fail at a gateway");
            }
            if (failureReason == null) {
                throw new InvalidValueException("failureReason", "is required for a failed payment");
            }
            if (failureReason.length() > FAILURE_REASON_MAX) {
                throw new InvalidValueException("failureReason", "is longer than " + FAILURE_REASON_MAX + " characters");
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
