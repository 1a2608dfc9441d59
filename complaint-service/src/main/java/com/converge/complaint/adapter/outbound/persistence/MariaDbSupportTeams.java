package com.converge.complaint.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.complaint.application.port.outbound.SupportTeams;
import com.converge.complaint.domain.SupportTeamMember;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class MariaDbSupportTeams implements SupportTeams {

    private static final String COLUMNS = "SELECT assignee, team, updated_by, updated_at FROM support_team_member";

    @Override
    public Uni<Map<String, String>> teamsByAssignee() {
        return NativeSql.rows("SELECT assignee, team FROM support_team_member", List.of())
                .map(rows -> rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1])));
    }

    @Override
    public Uni<Void> save(SupportTeamMember member) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO support_team_member (assignee, team, updated_by, updated_at) VALUES (?1, ?2, ?3, ?4)
                        ON DUPLICATE KEY UPDATE team = VALUES(team), updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)""")
                .setParameter(1, member.assignee())
                .setParameter(2, member.team())
                .setParameter(3, member.updatedBy())
                .setParameter(4, NativeSql.utc(member.updatedAt()))
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<List<SupportTeamMember>> list(String team, String afterAssignee, int limit) {
        List<String> where = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (team != null) {
            parameters.add(team);
            where.add("team = ?" + parameters.size());
        }
        if (afterAssignee != null) {
            parameters.add(afterAssignee);
            where.add("assignee > ?" + parameters.size());
        }
        parameters.add(limit);
        String sql = COLUMNS + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY assignee LIMIT ?" + parameters.size();
        return NativeSql.rows(sql, parameters)
                .map(rows -> rows.stream().map(row -> new SupportTeamMember((String) row[0], (String) row[1], (String) row[2],
                        NativeSql.instant(row[3]))).toList());
    }
}
