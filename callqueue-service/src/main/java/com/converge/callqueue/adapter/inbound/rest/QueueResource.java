package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.ListQueueEntriesUseCase;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.domain.Role;
import com.converge.kernel.problem.RequestParameters;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/queues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
@SecurityRequirement(name = "SecurityScheme")
public class QueueResource {

    private final ListQueueEntriesUseCase listEntries;

    QueueResource(ListQueueEntriesUseCase listEntries) {
        this.listEntries = listEntries;
    }

    @GET
    @Path("/{queue}/entries")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Active entries of a queue in serving order",
            description = "Roles: SUPPORT, ADMIN. Due callbacks first, then lower score, then earlier arrival.")
    public Uni<List<QueueEntryResponse>> entries(
            @PathParam("queue") @Parameter(description = "unsigned_users or outstanding_requests") String queue,
            @QueryParam("limit") @Parameter(description = "1..200, default 50") String limit) {
        return listEntries.list(QueueName.fromWire("queue", queue), RequestParameters.integer("limit", limit, 50))
                .map(views -> views.stream().map(QueueEntryResponse::of).toList());
    }
}
