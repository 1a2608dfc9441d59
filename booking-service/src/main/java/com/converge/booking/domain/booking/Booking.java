package com.converge.booking.domain.booking;

import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.invoice.GstTotals;
import com.converge.booking.domain.invoice.TaxLine;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A customer's booking of one or more services at one address. It guards its own life cycle:
 * PENDING -> CONFIRMED (a provider is assigned) -> IN_PROGRESS -> COMPLETED (invoiced), or CANCELLED.
 */
public final class Booking {

    private final BookingId id;
    private final CustomerId customerId;
    private final long addressId;
    private final Pincode pincode;
    private final StateCode serviceState;
    private final StateCode billingState;
    private List<BookingItem> items;
    private final GstTotals totals;
    private final Instant createdAt;
    private BookingStatus status;
    private PaymentStatus paymentStatus;
    private ProviderId providerId;
    private Instant confirmedAt;
    private Instant startedAt;
    private Instant completedAt;
    private Instant cancelledAt;
    private String invoiceNumber;
    private Cancellation cancellation;
    private final List<Reschedule> reschedules;

    public Booking(BookingId id, CustomerId customerId, long addressId, Pincode pincode, StateCode serviceState,
                   StateCode billingState, List<BookingItem> items, BookingStatus status, PaymentStatus paymentStatus,
                   ProviderId providerId, Instant createdAt, Instant confirmedAt, Instant startedAt, Instant completedAt,
                   Instant cancelledAt, String invoiceNumber, Cancellation cancellation, List<Reschedule> reschedules) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.addressId = addressId;
        this.pincode = Objects.requireNonNull(pincode, "pincode");
        this.serviceState = Objects.requireNonNull(serviceState, "serviceState");
        this.billingState = Objects.requireNonNull(billingState, "billingState");
        this.items = List.copyOf(items);
        if (this.items.isEmpty()) {
            throw new IllegalArgumentException("a booking has at least one item");
        }
        this.totals = GstTotals.of(this.items.stream().map(BookingItem::tax).toList());
        this.status = Objects.requireNonNull(status, "status");
        this.paymentStatus = Objects.requireNonNull(paymentStatus, "paymentStatus");
        this.providerId = providerId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.confirmedAt = confirmedAt;
        this.startedAt = startedAt;
        this.completedAt = completedAt;
        this.cancelledAt = cancelledAt;
        this.invoiceNumber = invoiceNumber;
        this.cancellation = cancellation;
        this.reschedules = new ArrayList<>(reschedules);
    }

    /** A new, unconfirmed booking; its items carry their GST already. */
    public static Booking place(CustomerId customerId, long addressId, Pincode pincode, StateCode serviceState,
                                StateCode billingState, List<BookingItem> items, Instant now) {
        return new Booking(BookingId.next(), customerId, addressId, pincode, serviceState, billingState, items,
                BookingStatus.PENDING, PaymentStatus.PENDING, null, now, null, null, null, null, null, null, List.of());
    }

    public void confirm(ProviderId provider, Instant now) {
        move(BookingStatus.CONFIRMED);
        this.providerId = Objects.requireNonNull(provider, "provider");
        this.confirmedAt = now;
    }

    /** Hands a confirmed booking to another provider; the caller moves the provider's slots. */
    public void reassign(ProviderId provider) {
        if (status != BookingStatus.CONFIRMED) {
            throw new IllegalTransitionException("booking", status.wireName(), "reassigned");
        }
        if (provider.equals(providerId)) {
            throw new ConflictException("same-provider", "the booking is assigned to " + provider + " already");
        }
        this.providerId = provider;
    }

    public void start(Instant now) {
        move(BookingStatus.IN_PROGRESS);
        this.startedAt = now;
    }

    public void complete(String invoice, Instant now) {
        move(BookingStatus.COMPLETED);
        this.invoiceNumber = Objects.requireNonNull(invoice, "invoice");
        this.completedAt = now;
    }

    /**
     * Cancels under the policy; the provider's slots are the caller's to release. Of {@code paid} (what was
     * paid and not refunded) it keeps the fee and the charges made before (a reschedule's fee paid for a move
     * made), as far as {@code paid} covers them; the caller refunds the rest. Returns the fee charged.
     */
    public Money cancel(String reason, String cancelledBy, CancellationPolicy policy, Money paid, Instant now) {
        requireMayMoveTo(BookingStatus.CANCELLED);
        Money fee = policy.feeFor(this, now);
        Cancellation made = new Cancellation(reason, cancelledBy, fee, paid.min(fee.plus(charged())));
        status = BookingStatus.CANCELLED;
        cancellation = made;
        cancelledAt = now;
        return made.fee();
    }

    /**
     * Moves every visit of a pending or confirmed booking so that the first one is in {@code to}, the
     * others keeping their spacing, under the reschedule policy; the caller moves the provider's
     * slots. Refused with 409 after {@code policy.limit()} reschedules, 422 for a slot that has begun
     * or is the booking's slot already. Remembers whether cancelling now would have cost the fee.
     */
    public Reschedule reschedule(ServiceSlot to, String rescheduledBy, ReschedulePolicy policy,
                                 CancellationPolicy cancellationPolicy, Instant now) {
        Objects.requireNonNull(to, "to");
        if (status != BookingStatus.PENDING && status != BookingStatus.CONFIRMED) {
            throw new IllegalTransitionException("booking", status.wireName(), "rescheduled");
        }
        if (reschedules.size() >= policy.limit()) {
            throw new ConflictException("reschedule-limit-reached",
                    "the booking has been rescheduled " + reschedules.size() + " times, the most allowed");
        }
        ServiceSlot from = firstSlot();
        if (to.equals(from)) {
            throw new BusinessRuleViolation("slot", "the booking is in " + to.date() + " " + to.startText() + " already");
        }
        if (!to.startsAt().isAfter(now)) {
            throw new BusinessRuleViolation("date", "the slot " + to.date() + " " + to.startText() + " has begun already");
        }
        Reschedule made = new Reschedule(reschedules.size() + 1, from, to, Objects.requireNonNull(rescheduledBy, "rescheduledBy"),
                now, policy.feeFor(this, now), cancellationPolicy.feeFor(this, now).isPositive(), true);
        long shift = from.slotsUntil(to);
        items = items.stream().map(item -> item.movedTo(item.slot().plusSlots(shift))).toList();
        reschedules.add(made);
        return made;
    }

    /**
     * The slot a cancellation's fee window is measured from: the first slot, or the earliest slot
     * the booking left by a reschedule made when cancelling would have cost the fee already.
     */
    public ServiceSlot cancellationDeadlineSlot() {
        ServiceSlot earliest = firstSlot();
        for (Reschedule reschedule : reschedules) {
            if (reschedule.cancellationFeeKept() && reschedule.from().compareTo(earliest) < 0) {
                earliest = reschedule.from();
            }
        }
        return earliest;
    }

    /** Refuses any move the life cycle does not allow, before anything else is touched. */
    public void requireMayMoveTo(BookingStatus next) {
        if (!status.mayMoveTo(next)) {
            throw new IllegalTransitionException("booking", status.wireName(), next.wireName());
        }
    }

    private void move(BookingStatus next) {
        requireMayMoveTo(next);
        status = next;
    }

    public Set<Integer> subcategoryIds() {
        return items.stream().map(BookingItem::subcategoryId).collect(Collectors.toSet());
    }

    public Set<ServiceSlot> slots() {
        return items.stream().map(BookingItem::slot).collect(Collectors.toCollection(TreeSet::new));
    }

    public ServiceSlot firstSlot() {
        return ((TreeSet<ServiceSlot>) slots()).first();
    }

    public BookingId id() {
        return id;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public long addressId() {
        return addressId;
    }

    public Pincode pincode() {
        return pincode;
    }

    public StateCode serviceState() {
        return serviceState;
    }

    public StateCode billingState() {
        return billingState;
    }

    public List<BookingItem> items() {
        return items;
    }

    public List<TaxLine> taxLines() {
        return items.stream().map(BookingItem::tax).toList();
    }

    public GstTotals totals() {
        return totals;
    }

    public Money total() {
        return totals.total();
    }

    public BookingStatus status() {
        return status;
    }

    public PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    public Optional<ProviderId> provider() {
        return Optional.ofNullable(providerId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }

    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    /** Every reschedule, oldest first. */
    public List<Reschedule> reschedules() {
        return List.copyOf(reschedules);
    }

    public Optional<Reschedule> lastReschedule() {
        return reschedules.isEmpty() ? Optional.empty() : Optional.of(reschedules.get(reschedules.size() - 1));
    }

    /**
     * The reschedule fees charged, one line each after the items, taxed like the booking's first item
     * (a fee for moving the service follows the service's place of supply: GST 18%, CGST + SGST or IGST
     * as the service is).
     */
    public List<Charge> charges() {
        int lastItem = items.stream().mapToInt(BookingItem::lineNo).max().orElse(0);
        TaxLine principal = items.get(0).tax();
        List<Charge> charges = new ArrayList<>();
        for (Reschedule reschedule : reschedules) {
            if (reschedule.feeCharged() && reschedule.fee().isPositive()) {
                charges.add(new Charge(lastItem + charges.size() + 1, "Reschedule fee (move " + reschedule.number() + " to "
                        + reschedule.to().date() + " " + reschedule.to().startText() + ")",
                        TaxLine.ancillaryTo(reschedule.fee(), principal)));
            }
        }
        return charges;
    }

    /**
     * What a cancellation kept, as lines of its tax invoice numbered from 1: the charges, oldest first and as
     * charged (GST on top), as far as what was kept covers them, then the cancellation fee out of the rest.
     * The fee is what the customer forfeits, so its GST is in it, and so is the GST of the part kept of a
     * charge that what was kept does not cover whole ({@link TaxLine#includedIn}). Taxed like the booking's
     * first item, as the charges are. Empty unless the booking was cancelled and kept something.
     */
    public List<Charge> keptFees() {
        Money left = cancellation == null ? Money.ZERO : cancellation.kept();
        TaxLine principal = items.get(0).tax();
        List<Charge> kept = new ArrayList<>();
        for (Charge charge : charges()) {
            if (!left.isPositive()) {
                break;
            }
            Charge line = left.isLessThan(charge.tax().total())
                    ? new Charge(kept.size() + 1, charge.description() + ", in part", TaxLine.includedIn(left, principal))
                    : new Charge(kept.size() + 1, charge.description(), charge.tax());
            kept.add(line);
            left = left.minus(line.tax().total());
        }
        if (left.isPositive()) {
            kept.add(new Charge(kept.size() + 1, "Cancellation fee", TaxLine.includedIn(left, principal)));
        }
        return kept;
    }

    /** Gives the tax invoice of what the cancellation kept its number. */
    public void invoiceKeptFees(String invoice) {
        if (status != BookingStatus.CANCELLED || !cancellation.kept().isPositive() || invoiceNumber != null) {
            throw new IllegalStateException("booking " + id + " has no kept fees to invoice");
        }
        this.invoiceNumber = Objects.requireNonNull(invoice, "invoice");
    }

    /** What the charges come to, GST included. */
    public Money charged() {
        return charges().stream().map(charge -> charge.tax().total()).reduce(Money.ZERO, Money::plus);
    }

    public Optional<String> invoiceNumber() {
        return Optional.ofNullable(invoiceNumber);
    }
}
