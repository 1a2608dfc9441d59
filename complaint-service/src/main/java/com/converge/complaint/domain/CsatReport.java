package com.converge.complaint.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Ratings recorded in a period: overall, per assignee (null key: unassigned) and per complaint type. */
public record CsatReport(ReportPeriod period, CsatSummary overall, List<Group> byAssignee, List<Group> byType) {

    public record Group(String key, CsatSummary summary) {
    }

    /** How many complaints of one assignee and type were rated {@code rating}. */
    public record Count(String assignee, ComplaintType type, int rating, long count) {
    }

    public static CsatReport of(ReportPeriod period, List<Count> counts) {
        CsatSummary overall = CsatSummary.empty();
        Map<String, CsatSummary> byAssignee = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, CsatSummary> byType = new TreeMap<>();
        for (Count c : counts) {
            overall = overall.plus(c.rating(), c.count());
            byAssignee.put(c.assignee(), byAssignee.getOrDefault(c.assignee(), CsatSummary.empty()).plus(c.rating(), c.count()));
            String type = c.type().wireName();
            byType.put(type, byType.getOrDefault(type, CsatSummary.empty()).plus(c.rating(), c.count()));
        }
        return new CsatReport(period, overall, groups(byAssignee), groups(byType));
    }

    private static List<Group> groups(Map<String, CsatSummary> summaries) {
        return summaries.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }
}
