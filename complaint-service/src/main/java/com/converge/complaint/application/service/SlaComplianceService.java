package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.FlaggedPausesQuery;
import com.converge.complaint.application.port.inbound.ReportSlaComplianceUseCase;
import com.converge.complaint.application.port.inbound.SlaComplianceQuery;
import com.converge.complaint.application.port.outbound.ComplaintReports;
import com.converge.complaint.application.port.outbound.ReportFilter;
import com.converge.complaint.application.port.outbound.SlaPolicies;
import com.converge.complaint.application.port.outbound.SupportTeams;
import com.converge.complaint.domain.ComplaintSlaHistory;
import com.converge.complaint.domain.FlaggedPause;
import com.converge.complaint.domain.SlaComplianceReport;
import com.converge.complaint.domain.SlaPolicy;
import com.converge.kernel.application.Page;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

public class SlaComplianceService implements ReportSlaComplianceUseCase {

    private final UnitOfWork unitOfWork;
    private final ComplaintReports reports;
    private final SlaPolicies policies;
    private final SupportTeams teams;
    private final TimeSource clock;

    public SlaComplianceService(UnitOfWork unitOfWork, ComplaintReports reports, SlaPolicies policies, SupportTeams teams,
                                TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.reports = reports;
        this.policies = policies;
        this.teams = teams;
        this.clock = clock;
    }

    @Override
    public Uni<SlaComplianceReport> report(SlaComplianceQuery query) {
        Instant now = clock.now();
        return unitOfWork.reading(() -> teams.teamsByAssignee().chain(teamOf -> policies.all().chain(stored -> {
            Map<String, SlaPolicy> policyById = new HashMap<>();
            stored.forEach(p -> policyById.put(p.id(), p));
            policyById.put(SlaPolicy.DEFAULT_ID, SlaPolicy.DEFAULT);
            ReportFilter filter = new ReportFilter(query.period(), query.priority(), query.type(),
                    assignees(query.assignee(), query.team(), teamOf));
            return reports.slaHistories(filter).chain(histories -> {
                SlaComplianceReport.Tally tally = new SlaComplianceReport.Tally(now);
                for (ComplaintSlaHistory history : histories) {
                    SlaPolicy policy = Optional.ofNullable(policyById.get(history.policyId()))
                            .orElseThrow(() -> new IllegalStateException("SLA policy " + history.policyId() + " is gone"));
                    tally.add(history, policy, Optional.ofNullable(history.assignee()).map(teamOf::get));
                }
                return reports.backlog(filter, now).chain(backlog -> reports.flaggedPauseCount(filter)
                        .map(flagged -> tally.report(query.period(), backlog, flagged)));
            });
        })));
    }

    @Override
    public Uni<Page<FlaggedPause>> flaggedPauses(FlaggedPausesQuery query) {
        KeysetPage.TimeAndId after = KeysetPage.TimeAndId.after(query.cursor());
        ReportFilter filter = new ReportFilter(query.period(), null, null, query.assignee() == null ? null : Set.of(query.assignee()));
        return unitOfWork.reading(() -> reports.flaggedPauses(filter, query.newestFirst(), after.at(), after.id(),
                        query.limit() + 1))
                .map(found -> KeysetPage.of(found, query.limit(), p -> List.of(p.pausedAt().toString(), p.complaintId())));
    }

    /** The assignees a report is narrowed to: null for anyone; a team's members, or the one named if in the team. */
    private static Set<String> assignees(String assignee, String team, Map<String, String> teamOf) {
        if (team == null) {
            return assignee == null ? null : Set.of(assignee);
        }
        Set<String> members = teamOf.entrySet().stream().filter(e -> e.getValue().equals(team))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return assignee == null ? members : members.contains(assignee) ? Set.of(assignee) : Set.of();
    }
}
