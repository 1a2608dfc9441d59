package com.converge.order.domain;

import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A customer's order: its lines at the prices of the moment it was placed, and the state machine it
 * moves through. Each move is recorded as a {@link StatusChange}; {@link #newChanges()} are those not
 * yet stored.
 */
public final class Order {

    public static final String RESERVATION_EXPIRED = "reservation expired";
    public static final String DELIVERY_REFUSED = "delivery refused";

    private final OrderId id;
    private final OrderNumber number;
    private final CustomerId customerId;
    private final PaymentMethod paymentMethod;
    private final List<OrderLine> lines;
    private final Money discount;
    private final String promoCode;
    private final Money shippingFee;
    private final Destination destination;
    private final Instant placedAt;
    private OrderStatus status;
    private Money refunded;
    private Verification verification;
    private String cancelReason;
    private String carrier;
    private String trackingNumber;
    private Instant deliveredAt;
    private final List<StatusChange> newChanges = new ArrayList<>();

    public Order(OrderId id, OrderNumber number, CustomerId customerId, PaymentMethod paymentMethod, List<OrderLine> lines,
                 Money discount, String promoCode, Money shippingFee, Destination destination, Instant placedAt, OrderStatus status, Money refunded, Verification verification,
                 String cancelReason, String carrier, String trackingNumber, Instant deliveredAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.number = Objects.requireNonNull(number, "number");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.paymentMethod = Objects.requireNonNull(paymentMethod, "paymentMethod");
        this.lines = List.copyOf(lines);
        this.discount = Objects.requireNonNull(discount, "discount");
        this.promoCode = promoCode;
        this.shippingFee = Objects.requireNonNull(shippingFee, "shippingFee");
        this.destination = destination;
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.refunded = Objects.requireNonNull(refunded, "refunded");
        this.verification = Objects.requireNonNull(verification, "verification");
        this.cancelReason = cancelReason;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.deliveredAt = deliveredAt;
        if (this.lines.isEmpty()) {
            throw new InvalidValueException("items", "an order has at least one line");
        }
    }

    /** A new pending order; it waits for a verification call if {@code verificationCall} says so. */
    public static Order place(OrderId id, OrderNumber number, CustomerId customerId, PaymentMethod paymentMethod,
                              List<OrderLine> lines, Pricing pricing, boolean verificationCall, String placedBy, Instant now) {
        Order order = new Order(id, number, customerId, paymentMethod, lines, pricing.discount(), pricing.promoCode(),
                pricing.shippingFee(), pricing.destination(), now, OrderStatus.PENDING, Money.ZERO,
                verificationCall ? Verification.AWAITING_CALL : Verification.NOT_REQUIRED, null, null, null, null);
        order.newChanges.add(new StatusChange(null, OrderStatus.PENDING, placedBy, now, null));
        return order;
    }

    /** How many units of each variant the order needs. */
    public Map<UUID, Integer> demandPerVariant() {
        return demandOf(lines);
    }

    /** Lines of one variant summed, so two lines of one SKU cannot slip past its stock; sorted, so locks are taken in one order. */
    public static Map<UUID, Integer> demandOf(List<OrderLine> lines) {
        Map<UUID, Integer> demand = new TreeMap<>();
        for (OrderLine line : lines) {
            demand.merge(line.variantId(), line.quantity(), Integer::sum);
        }
        return demand;
    }

    public StockMovement confirm(String by, Instant at) {
        if (verification == Verification.AWAITING_CALL) {
            throw new ConflictException("awaiting-verification", "order " + number + " waits for its verification call");
        }
        return moveTo(OrderStatus.CONFIRMED, by, at, null);
    }

    /** The verification call's outcome: a verified order is confirmed, any other is cancelled with the agent's reason. */
    public StockMovement verificationCompleted(boolean verified, String agent, String reason, Instant at) {
        if (verification != Verification.AWAITING_CALL) {
            throw new ConflictException("not-awaiting-verification", "order " + number + " does not wait for a verification call");
        }
        verification = verified ? Verification.VERIFIED : Verification.REJECTED;
        if (status != OrderStatus.PENDING) {
            // it was cancelled meanwhile (expired, or by the buyer): the call's outcome is only recorded
            return StockMovement.NONE;
        }
        if (verified) {
            return moveTo(OrderStatus.CONFIRMED, agent, at, reason);
        }
        String why = reason == null || reason.isBlank() ? "verification call failed" : reason;
        cancelReason = why;
        return moveTo(OrderStatus.CANCELLED, agent, at, why);
    }

    public StockMovement pack(String by, Instant at) {
        return moveTo(OrderStatus.PACKED, by, at, null);
    }

    public StockMovement ship(String by, String carrier, String trackingNumber, Instant at) {
        StockMovement movement = moveTo(OrderStatus.SHIPPED, by, at, null);
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        return movement;
    }

    public StockMovement deliver(String by, Instant at) {
        StockMovement movement = moveTo(OrderStatus.DELIVERED, by, at, null);
        deliveredAt = at;
        return movement;
    }

    public StockMovement cancel(String by, String reason, Instant at) {
        StockMovement movement = moveTo(OrderStatus.CANCELLED, by, at, reason);
        cancelReason = reason;
        return movement;
    }

    /** Taken back within {@code window} of delivery. */
    public StockMovement returnDelivered(String by, String reason, Duration window, Instant at) {
        if (status == OrderStatus.DELIVERED && at.isAfter(deliveredAt.plus(window))) {
            throw new ConflictException("return-window-closed", "order " + number + " was delivered more than "
                    + window.toDays() + " days ago");
        }
        if (status != OrderStatus.DELIVERED) {
            throw new IllegalTransitionException("order", status.wireName(), OrderStatus.RETURNED.wireName());
        }
        return moveTo(OrderStatus.RETURNED, by, at, reason);
    }

    /** The buyer would not take the parcel: it comes back, and counts against their trust. */
    public StockMovement deliveryRefused(String by, Instant at) {
        if (status != OrderStatus.SHIPPED) {
            throw new IllegalTransitionException("order", status.wireName(), OrderStatus.RETURNED.wireName());
        }
        cancelReason = DELIVERY_REFUSED;
        return moveTo(OrderStatus.RETURNED, by, at, DELIVERY_REFUSED);
    }

    /** What the buyer has paid and not yet got back: a prepaid order is paid when placed, cash on delivery when delivered. */
    public Money refundable() {
        boolean paid = paymentMethod == PaymentMethod.PREPAID || deliveredAt != null;
        return paid ? total().minus(refunded) : Money.ZERO;
    }

    public void refund(Money amount) {
        if (!amount.isPositive()) {
            throw new InvalidValueException("amount", "a refund is more than zero");
        }
        if (amount.isGreaterThan(refundable())) {
            throw new BusinessRuleViolation("amount", "at most " + refundable().amount().toPlainString()
                    + " of order " + number + " can be refunded");
        }
        refunded = refunded.plus(amount);
    }

    /** What staff have to do next, for the pending-orders view. */
    public boolean awaitsVerificationCall() {
        return status == OrderStatus.PENDING && verification == Verification.AWAITING_CALL;
    }

    public String actionRequired() {
        switch (status) {
            case PENDING:
                return verification == Verification.AWAITING_CALL ? "awaiting verification call" : "awaiting confirmation";
            case CONFIRMED:
                return "awaiting packing";
            case PACKED:
                return "awaiting shipment";
            case SHIPPED:
                return "awaiting delivery";
            default:
                return "none";
        }
    }

    private StockMovement moveTo(OrderStatus target, String by, Instant at, String reason) {
        if (!status.mayMoveTo(target)) {
            throw new IllegalTransitionException("order", status.wireName(), target.wireName());
        }
        StockMovement movement = status.stockMovementTo(target);
        newChanges.add(new StatusChange(status, target, by, at, reason));
        status = target;
        return movement;
    }

    public Money subtotal() {
        Money sum = Money.ZERO;
        for (OrderLine line : lines) {
            sum = sum.plus(line.lineTotal());
        }
        return sum;
    }

    public Money total() {
        return subtotal().minus(discount).plus(shippingFee);
    }

    public Money discount() {
        return discount;
    }

    public String promoCode() {
        return promoCode;
    }

    public Destination destination() {
        return destination;
    }

    /** What was taken off and added when the order was placed. */
    public record Pricing(Money discount, String promoCode, Money shippingFee, Destination destination) {

        public static final Pricing PLAIN = new Pricing(Money.ZERO, null, Money.ZERO, null);
    }

    public List<StatusChange> newChanges() {
        return List.copyOf(newChanges);
    }

    public OrderId id() {
        return id;
    }

    public OrderNumber number() {
        return number;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Money shippingFee() {
        return shippingFee;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public OrderStatus status() {
        return status;
    }

    public Money refunded() {
        return refunded;
    }

    public Verification verification() {
        return verification;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
