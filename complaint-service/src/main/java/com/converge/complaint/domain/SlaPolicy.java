package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Targets and a calendar for the complaints it matches. Policies are tried in {@code position}
 * order; an empty criterion matches anything. Warnings go out at {@code warningPercent} of a
 * target; a resolution overrun escalates to level n once it is {@code escalationOverduePercent[n-1]}
 * percent of the target past due.
 */
public record SlaPolicy(String id, String name, int position, Set<ComplaintType> types, Set<Priority> priorities,
                        Set<String> segments, SlaTargets targets, BusinessCalendar calendar, int warningPercent,
                        List<Integer> escalationOverduePercent) {

    public static final String DEFAULT_ID = "default";
    public static final String STANDARD_SEGMENT = CustomerSegment.STANDARD.wireName();
    public static final int MAX_ESCALATION_LEVEL = 3;

    public static final SlaPolicy DEFAULT = new SlaPolicy(DEFAULT_ID, "Default (source design table, round the clock)",
            Integer.MAX_VALUE, Set.of(), Set.of(), Set.of(), SlaTargets.DEFAULT,
            BusinessCalendar.roundTheClock(BusinessCalendar.INDIA), 80, List.of(0, 50, 100));

    public SlaPolicy {
        Objects.requireNonNull(id, "id");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "is required");
        }
        types = Set.copyOf(types);
        priorities = Set.copyOf(priorities);
        segments = Set.copyOf(segments);
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(calendar, "calendar");
        if (warningPercent < 1 || warningPercent > 99) {
            throw new InvalidValueException("warningPercent", "must be between 1 and 99");
        }
        escalationOverduePercent = List.copyOf(escalationOverduePercent);
        if (escalationOverduePercent.isEmpty() || escalationOverduePercent.size() > MAX_ESCALATION_LEVEL) {
            throw new InvalidValueException("escalationOverduePercent", "has one threshold per level, 1 to 3 levels");
        }
        for (int i = 0; i < escalationOverduePercent.size(); i++) {
            int percent = escalationOverduePercent.get(i);
            if (percent < 0 || (i > 0 && percent <= escalationOverduePercent.get(i - 1))) {
                throw new InvalidValueException("escalationOverduePercent", "thresholds must be non-negative and rising");
            }
        }
    }

    public boolean matches(ComplaintType type, Priority priority, String segment) {
        return (types.isEmpty() || types.contains(type))
                && (priorities.isEmpty() || priorities.contains(priority))
                && (segments.isEmpty() || segments.contains(segment));
    }

    /** The first policy, in position order, that matches; the default when none does. */
    public static SlaPolicy firstMatching(List<SlaPolicy> policies, ComplaintType type, Priority priority, String segment) {
        return policies.stream()
                .sorted((a, b) -> Integer.compare(a.position(), b.position()))
                .filter(p -> p.matches(type, priority, segment))
                .findFirst()
                .orElse(DEFAULT);
    }
}
