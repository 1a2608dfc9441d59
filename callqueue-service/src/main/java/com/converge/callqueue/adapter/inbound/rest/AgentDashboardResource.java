package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.AgentDashboardUseCase;
import com.converge.callqueue.domain.AgentDashboard;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/agents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agent dashboards")
public class AgentDashboardResource {

    private final AgentDashboardUseCase dashboards;
    private final CurrentCaller caller;

    AgentDashboardResource(AgentDashboardUseCase dashboards, CurrentCaller caller) {
        this.dashboards = dashboards;
        this.caller = caller;
    }

    public record DashboardResponse(@Schema(example = "a-17") String agentId,
                                    @Schema(example = "2026-11-01T00:00:00Z") Instant from,
                                    @Schema(example = "2026-12-01T00:00:00Z") Instant to,
                                    @Schema(example = "412") long calls,
                                    @Schema(example = "187") long connects,
                                    @Schema(description = "As the primary agent, not clawed back", example = "23")
                                    long conversions,
                                    @Schema(description = "INR", example = "48750.00") BigDecimal conversionValue,
                                    @Schema(description = "INR kept", example = "1706.25") BigDecimal commission,
                                    @Schema(description = "INR clawed back", example = "87.50") BigDecimal clawedBack) {

        static DashboardResponse of(AgentDashboard d) {
            return new DashboardResponse(d.agentId(), d.from(), d.to(), d.calls(), d.connects(), d.conversions(),
                    d.conversionValue().amount(), d.commission().amount(), d.clawedBack().amount());
        }
    }

    @GET
    @Path("/{agentId}/dashboard")
    @RolesAllowed({Role.AGENT_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "An agent's calls, connects, conversions, value and commission in a period",
            description = "Roles: AGENT (their own; another agent's is 404), SUPPORT, ADMIN. Period [from, to).")
    public Uni<DashboardResponse> dashboard(@PathParam("agentId") String agentId,
                                            @QueryParam("from") @Parameter(description = "ISO-8601 instant") String from,
                                            @QueryParam("to") @Parameter(description = "ISO-8601 instant") String to) {
        return dashboards.dashboard(agentId, instant("from", from), instant("to", to), caller.get())
                .map(DashboardResponse::of);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(name, "is required (an ISO-8601 instant)");
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(name, "is not an ISO-8601 instant: " + value);
        }
    }
}
