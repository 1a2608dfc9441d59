package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.FlaggedPause;
import com.converge.complaint.domain.SlaComplianceReport;
import com.converge.kernel.application.Page;
import io.smallrye.mutiny.Uni;

public interface ReportSlaComplianceUseCase {

    /** Compliance of the complaints raised in the period, replayed from their SLA logs under their policies as defined now. */
    Uni<SlaComplianceReport> report(SlaComplianceQuery query);

    /** The pauses the gaming check flagged, a page at a time. */
    Uni<Page<FlaggedPause>> flaggedPauses(FlaggedPausesQuery query);
}
