package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.application.port.inbound.ManageSlaPoliciesUseCase;
import com.converge.complaint.application.port.inbound.SaveSlaPolicyCommand;
import com.converge.kernel.domain.Role;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sla-policies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SLA policies")
public class SlaPolicyResource {

    private final ManageSlaPoliciesUseCase policies;

    SlaPolicyResource(ManageSlaPoliciesUseCase policies) {
        this.policies = policies;
    }

    @GET
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The SLA policies in matching order, the built-in default last", description = "Roles: SUPPORT, ADMIN.")
    public Uni<List<SlaPolicyDocument>> all() {
        return policies.all().map(all -> all.stream().map(SlaPolicyDocument::of).toList());
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create or replace an SLA policy", description = "Role: ADMIN. Applies to complaints raised from now on.")
    public Uni<SlaPolicyDocument> save(@PathParam("id") String id, @NotNull SlaPolicyDocument request) {
        return policies.save(new SaveSlaPolicyCommand(request.toDomain(id))).map(SlaPolicyDocument::of);
    }
}
