package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.application.port.inbound.WalletEntryCommand;
import com.converge.booking.application.port.inbound.WalletUseCase;
import com.converge.booking.domain.wallet.WalletEntry;
import com.converge.booking.domain.wallet.WalletReason;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.Role;
import com.converge.kernel.idempotency.IdempotentRequests;
import com.converge.kernel.idempotency.IdempotentResponse;
import com.converge.kernel.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/customers/{id}/wallet")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Wallet")
public class WalletResource {

    private final WalletUseCase wallet;
    private final IdempotentRequests idempotentRequests;
    private final CurrentCaller caller;

    WalletResource(WalletUseCase wallet, IdempotentRequests idempotentRequests, CurrentCaller caller) {
        this.wallet = wallet;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Wallet balance and newest entries", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN.")
    public Uni<WalletResponse> statement(@PathParam("id") String id) {
        CustomerId customerId = CustomerId.of(id);
        return wallet.statement(customerId, caller.get()).map(statement -> WalletResponse.of(customerId.value(), statement));
    }

    @POST
    @Path("/entries")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Credit or debit a wallet by hand", description = "Role: ADMIN. Accepts Idempotency-Key. A debit "
            + "beyond the balance is a 422 naming amount. A credit publishes WalletCredited.")
    @APIResponseSchema(value = WalletResponse.EntryView.class, responseCode = "201", responseDescription = "Posted; Location is the entry's URL")
    public Uni<Response> post(@PathParam("id") String id, @HeaderParam(IdempotentRequests.HEADER) String key,
                              WalletEntryRequest request, UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        WalletEntryCommand command = new WalletEntryCommand(CustomerId.of(id), direction(request.direction()),
                request.amount() == null ? null : new Money(request.amount()),
                request.reason() == null ? null : WalletReason.fromWire("reason", request.reason()),
                request.reference());
        return idempotentRequests.execute(key, "wallet-entry", caller.get(), request, () -> wallet.post(command)
                .map(entry -> IdempotentResponse.created(uri.getAbsolutePathBuilder().path(entry.id()).build(),
                        WalletResponse.EntryView.of(entry))));
    }

    private static WalletEntry.Direction direction(String value) {
        if ("credit".equals(value)) {
            return WalletEntry.Direction.CREDIT;
        }
        if ("debit".equals(value)) {
            return WalletEntry.Direction.DEBIT;
        }
        throw new InvalidValueException("direction", "must be credit or debit");
    }
}
