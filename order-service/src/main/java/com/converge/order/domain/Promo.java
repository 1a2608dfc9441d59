package com.converge.order.domain;

import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A promo code: a percentage (capped by {@code maxDiscount}) or a flat amount off the lines in its
 * scope, for orders of at least {@code minOrder}, inside its validity window. How often it may be
 * used (in total, per customer) is enforced where uses are counted, under concurrency.
 */
public record Promo(String code, PromoKind kind, BigDecimal amount, Money minOrder, Money maxDiscount, Instant validFrom,
                    Instant validUntil, Integer totalLimit, Integer perCustomerLimit, PromoScope scope, Set<String> scopeIds) {

    public Promo {
        Objects.requireNonNull(code, "code");
        if (!code.matches("[A-Z0-9_-]{3,40}")) {
            throw new InvalidValueException("code", "3 to 40 capital letters, digits, dash or underscore");
        }
        Objects.requireNonNull(kind, "kind");
        if (amount == null || amount.signum() <= 0) {
            throw new InvalidValueException("amount", "is more than zero");
        }
        if (kind == PromoKind.PERCENT && amount.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidValueException("amount", "a percentage is at most 100");
        }
        if (kind == PromoKind.FLAT) {
            new Money(amount);
        }
        minOrder = minOrder == null ? Money.ZERO : minOrder;
        if (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom)) {
            throw new InvalidValueException("validUntil", "is after validFrom");
        }
        if (totalLimit != null && totalLimit < 1) {
            throw new InvalidValueException("totalLimit", "is at least 1");
        }
        if (perCustomerLimit != null && perCustomerLimit < 1) {
            throw new InvalidValueException("perCustomerLimit", "is at least 1");
        }
        Objects.requireNonNull(scope, "scope");
        scopeIds = scopeIds == null ? Set.of() : Set.copyOf(scopeIds);
        if (scope != PromoScope.ALL && scopeIds.isEmpty()) {
            throw new InvalidValueException("scopeIds", "names the categories or products the promo is for");
        }
    }

    /** The discount on {@code lines}, or a 422 naming {@code promoCode} if it does not apply. */
    public Money discountOn(List<PricedLine> lines, Instant now) {
        if (now.isBefore(validFrom) || !now.isBefore(validUntil)) {
            throw new BusinessRuleViolation("promoCode", code + " is not valid now");
        }
        Money subtotal = Money.ZERO;
        Money eligible = Money.ZERO;
        for (PricedLine line : lines) {
            subtotal = subtotal.plus(line.line().lineTotal());
            if (covers(line)) {
                eligible = eligible.plus(line.line().lineTotal());
            }
        }
        if (subtotal.isLessThan(minOrder)) {
            throw new BusinessRuleViolation("promoCode", code + " needs an order of at least " + minOrder.amount().toPlainString());
        }
        if (!eligible.isPositive()) {
            throw new BusinessRuleViolation("promoCode", code + " is not for these products");
        }
        Money discount = kind == PromoKind.PERCENT ? eligible.percent(amount) : new Money(amount);
        if (maxDiscount != null) {
            discount = discount.min(maxDiscount);
        }
        return discount.min(eligible);
    }

    private boolean covers(PricedLine line) {
        switch (scope) {
            case CATEGORIES:
                return scopeIds.contains(Long.toString(line.categoryId()));
            case PRODUCTS:
                return scopeIds.contains(line.productId().toString());
            default:
                return true;
        }
    }

    /** An order line with what promo scopes look at. */
    public record PricedLine(OrderLine line, UUID productId, long categoryId) {
    }
}
