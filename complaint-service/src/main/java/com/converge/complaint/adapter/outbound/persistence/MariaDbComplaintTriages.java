package com.converge.complaint.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.complaint.application.port.outbound.ComplaintTriages;
import com.converge.complaint.domain.Priority;
import com.converge.complaint.domain.TriageSuggestion;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The reasons are stored one per line. */
@ApplicationScoped
public class MariaDbComplaintTriages implements ComplaintTriages {

    @Override
    public Uni<Void> save(ComplaintId complaintId, TriageSuggestion suggestion, Instant at) {
        return NativeSql.update("""
                        INSERT INTO complaint_triage (complaint_id, suggested_priority, points, reasons, triaged_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)""",
                List.of(complaintId.toString(), suggestion.priority().name(), suggestion.points(),
                        String.join("\n", suggestion.reasons()), NativeSql.utc(at))).replaceWithVoid();
    }

    @Override
    public Uni<Optional<TriageSuggestion>> find(ComplaintId complaintId) {
        return NativeSql.rows("SELECT suggested_priority, points, reasons FROM complaint_triage WHERE complaint_id = ?1",
                        List.of(complaintId.toString()))
                .map(rows -> rows.stream().findFirst().map(row -> new TriageSuggestion(Priority.valueOf((String) row[0]),
                        SqlRows.asInt(row[1]), Arrays.asList(((String) row[2]).split("\n")))));
    }
}
