package com.converge.complaint.application.port.inbound;

/** An administrator puts a support user (as complaints name their assignee) in a team; reports group by it. */
public record AssignSupportTeamCommand(String assignee, String team, String assignedBy) {

    public AssignSupportTeamCommand {
        Commands.require(assignedBy, "assignedBy");
    }
}
