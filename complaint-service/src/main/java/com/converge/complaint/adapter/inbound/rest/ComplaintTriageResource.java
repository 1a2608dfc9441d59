package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.application.port.inbound.FindComplaintTriageUseCase;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.Role;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/complaints/{id}/triage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
public class ComplaintTriageResource {

    private final FindComplaintTriageUseCase triage;

    ComplaintTriageResource(FindComplaintTriageUseCase triage) {
        this.triage = triage;
    }

    @GET
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The priority triage suggested when the complaint was raised, and why",
            description = "Roles: SUPPORT, ADMIN. Support overrides it with POST /{id}/priority (audited as priority_changed).")
    public Uni<TriageResponse> get(@PathParam("id") String id) {
        return triage.triage(ComplaintId.of(id)).map(TriageResponse::of);
    }
}
