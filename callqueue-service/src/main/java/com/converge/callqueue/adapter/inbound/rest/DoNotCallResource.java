package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.DoNotCallUseCase;
import com.converge.callqueue.domain.DoNotCallEntry;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.problem.RequestParameters;
import com.converge.kernel.security.CurrentCaller;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/do-not-call")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Do-not-call list")
public class DoNotCallResource {

    private final DoNotCallUseCase doNotCall;
    private final CurrentCaller caller;

    DoNotCallResource(DoNotCallUseCase doNotCall, CurrentCaller caller) {
        this.doNotCall = doNotCall;
        this.caller = caller;
    }

    public record AddRequest(@Positive @Schema(example = "100245") Long customerId,
                             @Size(max = 200) @Schema(example = "asked on the phone not to be called again")
                             String reason) {
    }

    public record DoNotCallResponse(@Schema(example = "100245") long customerId,
                                    @Schema(description = "Who listed them: the customer's own id, or the admin's",
                                            example = "100245") String addedBy,
                                    @Schema(example = "asked on the phone not to be called again") String reason,
                                    @Schema(example = "2026-11-20T06:12:09.551870Z") Instant addedAt) {

        static DoNotCallResponse of(DoNotCallEntry entry) {
            return new DoNotCallResponse(entry.customerId().value(), entry.addedBy(), entry.reason(), entry.addedAt());
        }
    }

    @POST
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Put a customer on the do-not-call list",
            description = "Roles: CUSTOMER (themselves only; customerId may be left out), ADMIN (anyone, e.g. on a "
                    + "request by phone). Listed customers are never served to an agent. Adding again changes nothing.")
    public Uni<DoNotCallResponse> add(@Valid AddRequest request) {
        Caller who = caller.get();
        Long requested = request == null ? null : request.customerId();
        CustomerId customer;
        if (who.isCustomerOnly()) {
            customer = who.customerId();
            if (requested != null && requested != customer.value()) {
                throw new ForbiddenException("a customer adds only themselves to the do-not-call list");
            }
        } else {
            if (requested == null) {
                throw new InvalidValueException("customerId", "is required");
            }
            customer = new CustomerId(requested);
        }
        return doNotCall.add(customer, who.subject(), request == null ? null : request.reason())
                .map(DoNotCallResponse::of);
    }

    @GET
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The do-not-call list, latest first", description = "Roles: SUPPORT, ADMIN.")
    public Uni<List<DoNotCallResponse>> list(@QueryParam("limit") String limit) {
        return doNotCall.list(RequestParameters.integer("limit", limit, 100))
                .map(entries -> entries.stream().map(DoNotCallResponse::of).toList());
    }
}
