package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.CsatReportQuery;
import com.converge.complaint.application.port.inbound.ReportCsatUseCase;
import com.converge.complaint.application.port.outbound.ComplaintReports;
import com.converge.complaint.application.port.outbound.ReportFilter;
import com.converge.complaint.domain.CsatReport;
import com.converge.kernel.application.UnitOfWork;
import io.smallrye.mutiny.Uni;
import java.util.Set;

public class CsatReportService implements ReportCsatUseCase {

    private final UnitOfWork unitOfWork;
    private final ComplaintReports reports;

    public CsatReportService(UnitOfWork unitOfWork, ComplaintReports reports) {
        this.unitOfWork = unitOfWork;
        this.reports = reports;
    }

    @Override
    public Uni<CsatReport> report(CsatReportQuery query) {
        ReportFilter filter = new ReportFilter(query.period(), null, query.type(),
                query.assignee() == null ? null : Set.of(query.assignee()));
        return unitOfWork.reading(() -> reports.csatCounts(filter)).map(counts -> CsatReport.of(query.period(), counts));
    }
}
