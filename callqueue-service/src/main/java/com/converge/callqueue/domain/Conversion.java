package com.converge.callqueue.domain;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A lead's first booking or order, with the agents it is credited to: the primary agent is the last
 * one who spoke to the customer (a connected call) within the attribution window, the contributing
 * agents are the others who called them in that window. Cancelling or refunding the purchase claws
 * the commission back.
 */
public record Conversion(UUID id, CustomerId customerId, String conversionType, String referenceId, Money value,
                         String primaryAgent, List<AgentShare> shares, Money commission, Instant convertedAt,
                         Instant clawedBackAt) {

    public static final Duration ATTRIBUTION_WINDOW = Duration.ofDays(30);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** An agent's part of the commission; the parts total 100% and the whole commission to the paisa. */
    public record AgentShare(String agentId, BigDecimal sharePercent, Money commission) {
    }

    public Conversion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(conversionType, "conversionType");
        Objects.requireNonNull(referenceId, "referenceId");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(convertedAt, "convertedAt");
        shares = List.copyOf(shares);
    }

    /**
     * Credits a purchase to the agents of {@code calls} (the customer's calls; those outside the
     * window before {@code at} are ignored). Without a connected call nobody earns a commission.
     */
    public static Conversion attribute(UUID id, CustomerId customerId, String conversionType, String referenceId,
                                       Money value, List<CallRecord> calls, CommissionSplit split, Instant at) {
        Instant windowStart = at.minus(ATTRIBUTION_WINDOW);
        List<CallRecord> inWindow = calls.stream()
                .filter(c -> !c.completedAt().isBefore(windowStart) && !c.completedAt().isAfter(at))
                .sorted(Comparator.comparing(CallRecord::completedAt))
                .toList();
        String primary = null;
        for (CallRecord call : inWindow) {
            if (call.connected()) {
                primary = call.agentId();
            }
        }
        if (primary == null) {
            return new Conversion(id, customerId, conversionType, referenceId, value, null, List.of(), Money.ZERO, at, null);
        }
        Set<String> contributors = new LinkedHashSet<>();
        for (CallRecord call : inWindow) {
            if (!call.agentId().equals(primary)) {
                contributors.add(call.agentId());
            }
        }
        Money commission = value.percent(split.ratePercent());
        return new Conversion(id, customerId, conversionType, referenceId, value, primary,
                shares(primary, List.copyOf(contributors), commission, split), commission, at, null);
    }

    private static List<AgentShare> shares(String primary, List<String> contributors, Money commission,
                                           CommissionSplit split) {
        List<AgentShare> shares = new ArrayList<>();
        if (contributors.isEmpty()) {
            shares.add(new AgentShare(primary, HUNDRED, commission));
            return shares;
        }
        BigDecimal each = split.contributorsPercent().divide(BigDecimal.valueOf(contributors.size()), 2, RoundingMode.DOWN);
        BigDecimal givenPercent = BigDecimal.ZERO;
        Money givenAmount = Money.ZERO;
        List<AgentShare> others = new ArrayList<>();
        for (String agent : contributors) {
            Money amount = commission.percent(each);
            others.add(new AgentShare(agent, each, amount));
            givenPercent = givenPercent.add(each);
            givenAmount = givenAmount.plus(amount);
        }
        // What rounding leaves over belongs to the primary agent, so the parts total exactly.
        shares.add(new AgentShare(primary, HUNDRED.subtract(givenPercent), commission.minus(givenAmount)));
        shares.addAll(others);
        return shares;
    }

    public boolean clawedBack() {
        return clawedBackAt != null;
    }

    public Conversion clawBack(Instant at) {
        return new Conversion(id, customerId, conversionType, referenceId, value, primaryAgent, shares, commission,
                convertedAt, clawedBackAt == null ? at : clawedBackAt);
    }
}
