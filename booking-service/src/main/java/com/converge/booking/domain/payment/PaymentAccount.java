package com.converge.booking.domain.payment;

import com.converge.booking.domain.booking.BookingStatus;
import com.converge.booking.domain.booking.PaymentStatus;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.UuidV7;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What has been paid and refunded for one booking, and its payment status. Callers hold the booking's
 * lock while they use it, so two payments or refunds never both see the old amounts.
 *
 * <p>The customer owes the booking's total and the charges made on it since (reschedule fees inside the
 * window, GST included): a charge adds to what is due, so a PAID booking is PARTIALLY_PAID again until
 * the fee is paid, by any method (a wallet payment debits the wallet).
 *
 * <p>Status: REFUNDED once any money went back; otherwise PENDING while nothing is paid (FAILED when the
 * last attempt failed), PARTIALLY_PAID while less than is owed is paid, PAID when all of it is. A
 * failed attempt after money was paid leaves the status as it is.
 */
public final class PaymentAccount {

    private final BookingId bookingId;
    private final CustomerId customerId;
    private final BookingStatus bookingStatus;
    private final Money total;
    private final String invoiceNumber;
    private Money charges;
    private Money paid;
    private Money refunded;
    private PaymentStatus status;
    private PaymentMethod originalMethod;

    public PaymentAccount(BookingId bookingId, CustomerId customerId, BookingStatus bookingStatus, Money total,
                          Money charges, Money paid, Money refunded, PaymentStatus status, PaymentMethod originalMethod,
                          String invoiceNumber) {
        this.bookingId = Objects.requireNonNull(bookingId, "bookingId");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.bookingStatus = Objects.requireNonNull(bookingStatus, "bookingStatus");
        this.total = Objects.requireNonNull(total, "total");
        this.charges = Objects.requireNonNull(charges, "charges");
        this.paid = Objects.requireNonNull(paid, "paid");
        this.refunded = Objects.requireNonNull(refunded, "refunded");
        this.status = Objects.requireNonNull(status, "status");
        this.originalMethod = originalMethod;
        this.invoiceNumber = invoiceNumber;
        if (charges.isNegative() || paid.isNegative() || refunded.isNegative() || refunded.isGreaterThan(paid)
                || paid.isGreaterThan(owed())) {
            throw new IllegalArgumentException("inconsistent payment account of " + bookingId);
        }
    }

    /** Money received: refused for a cancelled booking, and beyond what is still due (no overpayment). */
    public Payment receive(Money amount, PaymentMethod method, String reference, String recordedBy, Instant now) {
        requirePayable(amount);
        if (amount.isGreaterThan(due())) {
            throw new BusinessRuleViolation("amount", "only " + due() + " of the " + owed() + " owed for the booking is still due");
        }
        paid = paid.plus(amount);
        if (originalMethod == null) {
            originalMethod = method;
        }
        status = derivedStatus(false);
        return new Payment(UuidV7.next().toString(), bookingId, customerId, amount, method, Payment.Outcome.SUCCEEDED,
                reference, null, recordedBy, now);
    }

    /** A fee charged on the booking (GST included): the customer owes it on top of the total. */
    public void charge(Money amount) {
        if (amount == null || amount.isNegative()) {
            throw new IllegalArgumentException("a charge is not negative");
        }
        charges = charges.plus(amount);
        status = derivedStatus(false);
    }

    /** A payment the gateway declined: kept for the record; it moves no money. */
    public Payment fail(Money amount, PaymentMethod method, String reference, String failureReason, String recordedBy,
                        Instant now) {
        requirePayable(amount);
        status = derivedStatus(true);
        return new Payment(UuidV7.next().toString(), bookingId, customerId, amount, method, Payment.Outcome.FAILED,
                reference, failureReason, recordedBy, now);
    }

    /** Gives back part of what was paid; never more than was paid and not yet refunded. */
    public Refund refund(Money amount, RefundDestination destination, String reason, String issuedBy, Instant now) {
        if (amount == null || !amount.isPositive()) {
            throw new InvalidValueException("amount", "must be more than zero");
        }
        if (amount.isGreaterThan(refundable())) {
            throw new BusinessRuleViolation("amount", "only " + refundable() + " paid for the booking can still be refunded");
        }
        refunded = refunded.plus(amount);
        status = derivedStatus(false);
        PaymentMethod method = destination == RefundDestination.WALLET ? PaymentMethod.WALLET : originalMethod;
        return new Refund(UuidV7.next().toString(), bookingId, customerId, amount, destination, method, reason, issuedBy,
                now, null);
    }

    /**
     * On cancellation what the cancellation kept (its fee and the charges made before, as far as what was
     * paid covers them; see the booking's cancel) stays, and the rest of what was paid goes back.
     */
    public Optional<Refund> refundOnCancellation(Money kept, RefundDestination destination, String reason,
                                                 String issuedBy, Instant now) {
        Money back = refundable().minus(kept);
        return back.isPositive() ? Optional.of(refund(back, destination, reason, issuedBy, now)) : Optional.empty();
    }

    /** Confirmation waits for the minimum advance: paid and not refunded at least the policy's share of the total. */
    public void requireAdvance(AdvancePolicy policy) {
        Money advance = policy.minimumFor(total);
        if (paid.minus(refunded).isLessThan(advance)) {
            throw new BusinessRuleViolation("advance", "an advance of " + advance + " is required before confirmation; "
                    + paid.minus(refunded) + " is paid");
        }
    }

    private void requirePayable(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new InvalidValueException("amount", "must be more than zero");
        }
        if (bookingStatus == BookingStatus.CANCELLED) {
            throw new ConflictException("booking-cancelled", "booking " + bookingId + " is cancelled and takes no payments");
        }
    }

    private PaymentStatus derivedStatus(boolean attemptFailed) {
        if (refunded.isPositive()) {
            return PaymentStatus.REFUNDED;
        }
        if (paid.isZero()) {
            return attemptFailed ? PaymentStatus.FAILED : PaymentStatus.PENDING;
        }
        return paid.isLessThan(owed()) ? PaymentStatus.PARTIALLY_PAID : PaymentStatus.PAID;
    }

    /** The booking's total and the charges made on it. */
    public Money owed() {
        return total.plus(charges);
    }

    public Money due() {
        return owed().minus(paid);
    }

    public Money refundable() {
        return paid.minus(refunded);
    }

    public BookingId bookingId() {
        return bookingId;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public BookingStatus bookingStatus() {
        return bookingStatus;
    }

    public Money total() {
        return total;
    }

    public Money charges() {
        return charges;
    }

    public Money paid() {
        return paid;
    }

    public Money refunded() {
        return refunded;
    }

    public PaymentStatus status() {
        return status;
    }

    public Optional<PaymentMethod> originalMethod() {
        return Optional.ofNullable(originalMethod);
    }

    public Optional<String> invoiceNumber() {
        return Optional.ofNullable(invoiceNumber);
    }
}
