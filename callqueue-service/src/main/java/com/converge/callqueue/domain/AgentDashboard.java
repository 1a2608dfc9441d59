package com.converge.callqueue.domain;

import com.converge.kernel.domain.Money;
import java.time.Instant;

/**
 * An agent's figures for a period: calls made, calls where the customer was on the line, conversions
 * they closed (as primary agent) and their value, and the commission they keep (their shares of
 * conversions not clawed back) next to what was clawed back.
 */
public record AgentDashboard(String agentId, Instant from, Instant to, long calls, long connects, long conversions,
                             Money conversionValue, Money commission, Money clawedBack) {
}
