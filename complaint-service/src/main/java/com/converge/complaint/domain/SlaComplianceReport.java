package com.converge.complaint.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * SLA compliance of the complaints raised in a period, replayed from their SLA logs: each clock's
 * runs met, breached or pending, overall and by priority, type, assignee and team; business time to
 * first response and to resolution; the backlog of unresolved complaints by age; and how many
 * pauses the gaming check flagged. Groups without an assignee or team have a null key.
 */
public record SlaComplianceReport(ReportPeriod period, Instant readAt, long complaints,
                                  Map<SlaClockKind, ClockCompliance> clocks, List<Group> byPriority, List<Group> byType,
                                  List<Group> byAssignee, List<Group> byTeam, DurationSummary timeToFirstResponse,
                                  DurationSummary timeToResolution, Map<BacklogAge, Long> backlog, long flaggedPauses) {

    public record Group(String key, Map<SlaClockKind, ClockCompliance> clocks) {
    }

    /** Adds complaints one by one, so a report never holds more than its counters and the measured durations. */
    public static final class Tally {

        private static final Comparator<String> NULL_LAST = Comparator.nullsLast(Comparator.naturalOrder());

        private final Instant now;
        private long complaints;
        private final Map<SlaClockKind, ClockCompliance> overall = newClocks();
        private final Map<String, Map<SlaClockKind, ClockCompliance>> byPriority = new TreeMap<>(NULL_LAST);
        private final Map<String, Map<SlaClockKind, ClockCompliance>> byType = new TreeMap<>(NULL_LAST);
        private final Map<String, Map<SlaClockKind, ClockCompliance>> byAssignee = new TreeMap<>(NULL_LAST);
        private final Map<String, Map<SlaClockKind, ClockCompliance>> byTeam = new TreeMap<>(NULL_LAST);
        private final List<Duration> toFirstResponse = new ArrayList<>();
        private final List<Duration> toResolution = new ArrayList<>();

        public Tally(Instant now) {
            this.now = now;
        }

        /** Replays {@code complaint}'s log under {@code policy} and counts every run of every clock. */
        public Tally add(ComplaintSlaHistory complaint, SlaPolicy policy, Optional<String> team) {
            complaints++;
            for (SlaClockKind kind : SlaClockKind.values()) {
                for (SlaEpisode episode : SlaLogReplay.episodes(kind, complaint.log(), policy, complaint.priority(), now)) {
                    SlaEpisode.Outcome outcome = episode.outcome();
                    count(overall, kind, outcome);
                    count(byPriority.computeIfAbsent(complaint.priority().wireName(), k -> newClocks()), kind, outcome);
                    count(byType.computeIfAbsent(complaint.type().wireName(), k -> newClocks()), kind, outcome);
                    count(byAssignee.computeIfAbsent(complaint.assignee(), k -> newClocks()), kind, outcome);
                    count(byTeam.computeIfAbsent(team.orElse(null), k -> newClocks()), kind, outcome);
                    if (episode.fulfilledAt() != null && kind == SlaClockKind.FIRST_RESPONSE) {
                        toFirstResponse.add(episode.businessTime());
                    }
                    if (episode.fulfilledAt() != null && kind == SlaClockKind.RESOLUTION) {
                        toResolution.add(episode.businessTime());
                    }
                }
            }
            return this;
        }

        public SlaComplianceReport report(ReportPeriod period, Map<BacklogAge, Long> backlog, long flaggedPauses) {
            Map<BacklogAge, Long> buckets = new EnumMap<>(BacklogAge.class);
            for (BacklogAge age : BacklogAge.values()) {
                buckets.put(age, backlog.getOrDefault(age, 0L));
            }
            return new SlaComplianceReport(period, now, complaints, Map.copyOf(overall), groups(byPriority), groups(byType),
                    groups(byAssignee), groups(byTeam), DurationSummary.of(toFirstResponse), DurationSummary.of(toResolution),
                    buckets, flaggedPauses);
        }

        private static void count(Map<SlaClockKind, ClockCompliance> clocks, SlaClockKind kind, SlaEpisode.Outcome outcome) {
            clocks.put(kind, clocks.get(kind).plus(outcome));
        }

        private static Map<SlaClockKind, ClockCompliance> newClocks() {
            Map<SlaClockKind, ClockCompliance> clocks = new EnumMap<>(SlaClockKind.class);
            for (SlaClockKind kind : SlaClockKind.values()) {
                clocks.put(kind, ClockCompliance.NONE);
            }
            return clocks;
        }

        private static List<Group> groups(Map<String, Map<SlaClockKind, ClockCompliance>> groups) {
            List<Group> list = new ArrayList<>();
            groups.forEach((key, clocks) -> list.add(new Group(key, Map.copyOf(clocks))));
            return list;
        }
    }
}
