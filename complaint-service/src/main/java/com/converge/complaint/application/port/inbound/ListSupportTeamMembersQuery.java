package com.converge.complaint.application.port.inbound;

/** Support users by name; {@code team} null means every team; {@code cursor} is the previous page's nextCursor. */
public record ListSupportTeamMembersQuery(String team, String cursor, int limit) {

    public static final int MAX_LIMIT = 100;

    public ListSupportTeamMembersQuery {
        team = team == null || team.isBlank() ? null : team.strip();
        Commands.limit(limit, MAX_LIMIT);
    }
}
