package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.SupportTeamMember;
import com.converge.kernel.application.Page;
import io.smallrye.mutiny.Uni;

public interface ManageSupportTeamsUseCase {

    /** Puts a support user in a team, or moves them; reports group every complaint by its assignee's team at report time. */
    Uni<SupportTeamMember> assign(AssignSupportTeamCommand command);

    Uni<Page<SupportTeamMember>> members(ListSupportTeamMembersQuery query);
}
