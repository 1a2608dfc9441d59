package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.BacklogAge;
import com.converge.complaint.domain.ComplaintSlaHistory;
import com.converge.complaint.domain.CsatReport;
import com.converge.complaint.domain.FlaggedPause;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reads for reports: straight from the SLA log and the complaint rows, nothing cached. */
public interface ComplaintReports {

    /** The complaints raised in the filter's period, each with its whole SLA log in order. */
    Uni<List<ComplaintSlaHistory>> slaHistories(ReportFilter filter);

    /** Unresolved complaints (whenever raised) matching the filter's other criteria, counted by age at {@code now}. */
    Uni<Map<BacklogAge, Long>> backlog(ReportFilter filter, Instant now);

    /** Pauses the gaming check flagged, set in the filter's period. */
    Uni<Long> flaggedPauseCount(ReportFilter filter);

    /** A page of flagged pauses set in the period, by time then complaint, after the keyset of the previous page. */
    Uni<List<FlaggedPause>> flaggedPauses(ReportFilter filter, boolean newestFirst, Instant afterAt, String afterComplaintId,
                                          int limit);

    /** Ratings recorded in the period, counted per assignee, type and rating. */
    Uni<List<CsatReport.Count>> csatCounts(ReportFilter filter);
}
