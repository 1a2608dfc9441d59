package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.ClaimEntryUseCase;
import com.converge.callqueue.application.port.inbound.ListQueueEntriesUseCase;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.domain.Role;
import com.converge.kernel.problem.RequestParameters;
import com.converge.kernel.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/queues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Queues")
public class QueueResource {

    private final ListQueueEntriesUseCase listEntries;
    private final ClaimEntryUseCase claimEntry;
    private final CurrentCaller caller;

    QueueResource(ListQueueEntriesUseCase listEntries, ClaimEntryUseCase claimEntry, CurrentCaller caller) {
        this.listEntries = listEntries;
        this.claimEntry = claimEntry;
        this.caller = caller;
    }

    @GET
    @Path("/{queue}/entries")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Active entries of a queue in serving order",
            description = "Roles: SUPPORT, ADMIN. Due callbacks first, then lower score, then earlier arrival.")
    public Uni<List<QueueEntryResponse>> entries(
            @PathParam("queue") @Parameter(schema = @Schema(implementation = Vocabularies.Queue.class)) String queue,
            @QueryParam("limit") @Parameter(description = "1..200, default 50") String limit) {
        return listEntries.list(QueueName.fromWire("queue", queue), RequestParameters.integer("limit", limit, 50))
                .map(views -> views.stream().map(QueueEntryResponse::of).toList());
    }

    @POST
    @Path("/{queue}/claim")
    @RolesAllowed(Role.AGENT_NAME)
    @Operation(summary = "Claim the next entry to call",
            description = "Role: AGENT. 200 with the entry, locked for the calling agent for the configured time; "
                    + "204 when no entry may be called now (queue empty, outside the calling window, "
                    + "everyone left on the do-not-call list or at today's attempt cap).")
    @APIResponse(responseCode = "200", description = "The claimed entry", content = @Content(schema = @Schema(implementation = QueueEntryResponse.class)))
    @APIResponse(responseCode = "204", description = "No entry may be called now")
    public Uni<Response> claim(
            @PathParam("queue") @Parameter(schema = @Schema(implementation = Vocabularies.Queue.class)) String queue) {
        return claimEntry.claim(QueueName.fromWire("queue", queue), caller.get().subject())
                .map(claimed -> claimed
                        .map(view -> Response.ok(QueueEntryResponse.of(view)).build())
                        .orElseGet(() -> Response.noContent().build()));
    }
}
