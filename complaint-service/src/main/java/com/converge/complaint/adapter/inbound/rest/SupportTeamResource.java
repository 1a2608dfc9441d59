package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.application.port.inbound.AssignSupportTeamCommand;
import com.converge.complaint.application.port.inbound.ListSupportTeamMembersQuery;
import com.converge.complaint.application.port.inbound.ManageSupportTeamsUseCase;
import com.converge.complaint.domain.SupportTeamMember;
import com.converge.kernel.domain.Role;
import com.converge.kernel.problem.RequestParameters;
import com.converge.kernel.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/support-team-members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Support teams")
public class SupportTeamResource {

    record TeamRequest(@Schema(required = true, example = "north") String team) {
    }

    record MemberResponse(@Schema(required = true, example = "s-7") String assignee, @Schema(required = true, example = "north") String team,
                          @Schema(required = true, example = "ad-1") String updatedBy,
                          @Schema(required = true, example = "2026-11-02T04:45:11.902733Z") Instant updatedAt) {

        static MemberResponse of(SupportTeamMember member) {
            return new MemberResponse(member.assignee(), member.team(), member.updatedBy(), member.updatedAt());
        }
    }

    record MemberPage(@Schema(required = true) List<MemberResponse> items, @Schema(example = "cy03") String nextCursor) {
    }

    private final ManageSupportTeamsUseCase teams;
    private final CurrentCaller caller;

    SupportTeamResource(ManageSupportTeamsUseCase teams, CurrentCaller caller) {
        this.teams = teams;
        this.caller = caller;
    }

    @PUT
    @Path("/{assignee}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Put a support user in a team", description = "Role: ADMIN. {assignee} is the user as complaints "
            + "name their assignee; reports group by the team at report time.")
    public Uni<MemberResponse> assign(@PathParam("assignee") String assignee, @NotNull TeamRequest request) {
        return teams.assign(new AssignSupportTeamCommand(assignee, request.team(), caller.get().subject())).map(MemberResponse::of);
    }

    @GET
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Support users and their teams, by name", description = "Roles: SUPPORT, ADMIN. Filter: team; "
            + "cursor pagination (limit 1-100, default 20).")
    public Uni<MemberPage> members(@QueryParam("team") @Parameter(description = "A team's name", example = "north") String team, @QueryParam("cursor") String cursor,
                                   @QueryParam("limit") String limit) {
        return teams.members(new ListSupportTeamMembersQuery(team, ReportParameters.text(cursor),
                        RequestParameters.integer("limit", limit, 20)))
                .map(page -> new MemberPage(page.items().stream().map(MemberResponse::of).toList(), page.nextCursor()));
    }
}
