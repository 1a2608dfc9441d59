package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.FindEntryUseCase;
import com.converge.callqueue.application.port.inbound.RecordCallOutcomeCommand;
import com.converge.callqueue.application.port.inbound.RecordCallOutcomeUseCase;
import com.converge.callqueue.domain.CallOutcome;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.idempotency.IdempotentRequests;
import com.converge.kernel.idempotency.IdempotentResponse;
import com.converge.kernel.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Queue entries")
public class EntryResource {

    private final FindEntryUseCase findEntry;
    private final RecordCallOutcomeUseCase recordOutcome;
    private final IdempotentRequests idempotentRequests;
    private final CurrentCaller caller;

    EntryResource(FindEntryUseCase findEntry, RecordCallOutcomeUseCase recordOutcome,
                  IdempotentRequests idempotentRequests, CurrentCaller caller) {
        this.findEntry = findEntry;
        this.recordOutcome = recordOutcome;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME, Role.AGENT_NAME})
    @Operation(summary = "An entry with its score and the score's breakdown",
            description = "Roles: SUPPORT, ADMIN, AGENT. The breakdown lists every change with its cause, oldest first.")
    public Uni<EntryDetailsResponse> get(@PathParam("id") String id) {
        return findEntry.find(entryId(id)).map(EntryDetailsResponse::of);
    }

    @POST
    @Path("/{id}/outcomes")
    @RolesAllowed(Role.AGENT_NAME)
    @Operation(summary = "Record how a claimed call went",
            description = "Role: AGENT holding the entry's claim (else 409). Accepts Idempotency-Key. Moves the score "
                    + "by the scoring table, publishes CallCompleted, CallbackScheduled when a callback is set, and "
                    + "OrderVerificationCompleted when a verification call settles (verified, refused, wrong_number).")
    @APIResponseSchema(value = RecordedCallResponse.class, responseCode = "201", responseDescription = "Recorded")
    public Uni<Response> record(@PathParam("id") String id, @NotNull @Valid RecordOutcomeRequest request,
                                @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey, UriInfo uri) {
        Caller agent = caller.get();
        var callback = request.callback();
        RecordCallOutcomeCommand command = new RecordCallOutcomeCommand(entryId(id), agent.subject(),
                CallOutcome.fromWire("outcome", request.outcome()), request.durationSeconds(), request.notes(),
                callback == null ? null : callback.dueAt(), callback == null ? null : callback.reason(),
                callback != null && Boolean.TRUE.equals(callback.byAnyone()));
        return idempotentRequests.execute(idempotencyKey, "record-call-outcome:" + id, agent, request,
                () -> recordOutcome.record(command).map(recorded -> IdempotentResponse.created(
                        uri.getBaseUriBuilder().path("api/v1/entries").path(id).build(),
                        RecordedCallResponse.of(recorded))));
    }

    private static UUID entryId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", "is not an entry id: " + id);
        }
    }
}
