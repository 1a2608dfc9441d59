package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.AssignSupportTeamCommand;
import com.converge.complaint.application.port.inbound.ListSupportTeamMembersQuery;
import com.converge.complaint.application.port.inbound.ManageSupportTeamsUseCase;
import com.converge.complaint.application.port.outbound.SupportTeams;
import com.converge.complaint.domain.SupportTeamMember;
import com.converge.kernel.application.Page;
import com.converge.kernel.application.PageCursor;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.util.List;

public class SupportTeamService implements ManageSupportTeamsUseCase {

    private final UnitOfWork unitOfWork;
    private final SupportTeams teams;
    private final TimeSource clock;

    public SupportTeamService(UnitOfWork unitOfWork, SupportTeams teams, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.teams = teams;
        this.clock = clock;
    }

    @Override
    public Uni<SupportTeamMember> assign(AssignSupportTeamCommand command) {
        SupportTeamMember member = new SupportTeamMember(command.assignee(), command.team(), command.assignedBy(), clock.now());
        return unitOfWork.transactionally(() -> teams.save(member)).replaceWith(member);
    }

    @Override
    public Uni<Page<SupportTeamMember>> members(ListSupportTeamMembersQuery query) {
        String after = query.cursor() == null ? null : PageCursor.decode(query.cursor(), 1).get(0);
        return unitOfWork.reading(() -> teams.list(query.team(), after, query.limit() + 1))
                .map(found -> KeysetPage.of(found, query.limit(), m -> List.of(m.assignee())));
    }
}
