package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.CsatReport;
import io.smallrye.mutiny.Uni;

public interface ReportCsatUseCase {

    /** Count, average and 1..5 distribution of the ratings recorded in the period, per assignee and per type. */
    Uni<CsatReport> report(CsatReportQuery query);
}
