package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.adapter.inbound.rest.ReportResponses.CsatReportResponse;
import com.converge.complaint.adapter.inbound.rest.ReportResponses.FlaggedPausePage;
import com.converge.complaint.adapter.inbound.rest.ReportResponses.FlaggedPauseResponse;
import com.converge.complaint.adapter.inbound.rest.ReportResponses.SlaComplianceResponse;
import com.converge.complaint.application.port.inbound.CsatReportQuery;
import com.converge.complaint.application.port.inbound.FlaggedPausesQuery;
import com.converge.complaint.application.port.inbound.ReportCsatUseCase;
import com.converge.complaint.application.port.inbound.ReportSlaComplianceUseCase;
import com.converge.complaint.application.port.inbound.SlaComplianceQuery;
import com.converge.kernel.domain.Role;
import com.converge.kernel.problem.RequestParameters;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reports")
@RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
public class ReportResource {

    private final ReportSlaComplianceUseCase compliance;
    private final ReportCsatUseCase csat;

    ReportResource(ReportSlaComplianceUseCase compliance, ReportCsatUseCase csat) {
        this.compliance = compliance;
        this.csat = csat;
    }

    @GET
    @Path("/sla-compliance")
    @Operation(summary = "SLA compliance of the complaints raised in [from, to)", description = "Roles: SUPPORT, ADMIN. "
            + "Replayed from the SLA log under each complaint's policy as defined now: per clock met, breached, pending and "
            + "% met, overall and by priority, type, assignee and team; median and p90 business seconds to first response and "
            + "to resolution; unresolved backlog by age; pauses flagged by the gaming check. Filters: priority, type, assignee, "
            + "team. A period is at most 92 days.")
    public Uni<SlaComplianceResponse> slaCompliance(@QueryParam("from") @Parameter(required = true, description = "Start of the period, inclusive",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-11-01T00:00:00Z") String from,
                                                    @QueryParam("to") @Parameter(required = true, description = "End of the period, exclusive; at most 92 days after from",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-12-01T00:00:00Z") String to,
                                                    @QueryParam("priority") @Parameter(schema = @Schema(implementation = Vocabularies.PriorityValue.class)) String priority,
                                                    @QueryParam("type") @Parameter(schema = @Schema(implementation = Vocabularies.Type.class)) String type,
                                                    @QueryParam("assignee") @Parameter(description = "A support user's id", example = "s-2") String assignee,
                                                    @QueryParam("team") @Parameter(description = "A support team's name", example = "north")
                                                    String team) {
        SlaComplianceQuery query = new SlaComplianceQuery(ReportParameters.period(from, to), ReportParameters.priority(priority),
                ReportParameters.type(type), ReportParameters.text(assignee), ReportParameters.text(team));
        return compliance.report(query).map(SlaComplianceResponse::of);
    }

    @GET
    @Path("/sla-compliance/flagged-pauses")
    @Operation(summary = "Pauses the gaming check flagged, set in [from, to)", description = "Roles: SUPPORT, ADMIN. "
            + "A complaint set waiting on the customer within 10 minutes of the customer's message. Filter: assignee; "
            + "sort paused_at or -paused_at; cursor pagination (limit 1-100, default 20).")
    public Uni<FlaggedPausePage> flaggedPauses(@QueryParam("from") @Parameter(required = true, description = "Start of the period, inclusive",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-11-01T00:00:00Z") String from,
                                               @QueryParam("to") @Parameter(required = true, description = "End of the period, exclusive; at most 92 days after from",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-12-01T00:00:00Z") String to,
                                               @QueryParam("assignee") @Parameter(description = "A support user's id", example = "s-2") String assignee,
                                               @QueryParam("sort") @Parameter(description = "By pause time; - for newest first",
                                                       schema = @Schema(type = SchemaType.STRING, enumeration = {"paused_at", "-paused_at"}))
                                               String sort,
                                               @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        FlaggedPausesQuery query = new FlaggedPausesQuery(ReportParameters.period(from, to), ReportParameters.text(assignee),
                ReportParameters.newestFirst("paused_at", sort), ReportParameters.text(cursor),
                RequestParameters.integer("limit", limit, 20));
        return compliance.flaggedPauses(query).map(page -> new FlaggedPausePage(
                page.items().stream().map(FlaggedPauseResponse::of).toList(), page.nextCursor()));
    }

    @GET
    @Path("/csat")
    @Operation(summary = "CSAT recorded in [from, to)", description = "Roles: SUPPORT, ADMIN. Count, average and the 1-5 "
            + "distribution, overall, per assignee (key null: unassigned) and per type. Filters: type, assignee.")
    public Uni<CsatReportResponse> csat(@QueryParam("from") @Parameter(required = true, description = "Start of the period, inclusive",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-11-01T00:00:00Z") String from,
                                        @QueryParam("to") @Parameter(required = true, description = "End of the period, exclusive; at most 92 days after from",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"), example = "2026-12-01T00:00:00Z") String to,
                                        @QueryParam("type") @Parameter(schema = @Schema(implementation = Vocabularies.Type.class)) String type,
                                        @QueryParam("assignee") @Parameter(description = "A support user's id", example = "s-2") String assignee) {
        return csat.report(new CsatReportQuery(ReportParameters.period(from, to), ReportParameters.type(type),
                ReportParameters.text(assignee))).map(CsatReportResponse::of);
    }
}
