package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.SupportTeamMember;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;

/** Which team each support user works in. */
public interface SupportTeams {

    /** Every member's team by assignee name: a support desk's staff, small enough to read whole. */
    Uni<Map<String, String>> teamsByAssignee();

    Uni<Void> save(SupportTeamMember member);

    /** Members by assignee after {@code afterAssignee} (null: from the first), of {@code team} unless null. */
    Uni<List<SupportTeamMember>> list(String team, String afterAssignee, int limit);
}
