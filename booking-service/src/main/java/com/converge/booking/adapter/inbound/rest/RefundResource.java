package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import com.converge.booking.application.port.inbound.IssueRefundCommand;
import com.converge.booking.application.port.inbound.PaymentsUseCase;
import com.converge.booking.domain.payment.RefundDestination;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bookings/{id}/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class RefundResource {

    private final PaymentsUseCase payments;
    private final IdempotentRequests idempotentRequests;
    private final CurrentCaller caller;

    RefundResource(PaymentsUseCase payments, IdempotentRequests idempotentRequests, CurrentCaller caller) {
        this.payments = payments;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Refund some or all of what was paid", description = "Roles: SUPPORT, ADMIN. Accepts "
            + "Idempotency-Key. Never more than paid minus refunded (422 naming amount). To the wallet at once, or back to "
            + "the method first paid with (default). After invoicing, issues a credit note against the invoice. Publishes "
            + "RefundIssued.")
    @APIResponseSchema(value = PaymentsResponse.class, responseCode = "201", responseDescription = "Refunded; the booking's payments after it")
    public Uni<Response> refund(@PathParam("id") String id, @HeaderParam(IdempotentRequests.HEADER) String key,
                                RefundRequest request, UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        Caller who = caller.get();
        IssueRefundCommand command = new IssueRefundCommand(BookingId.of(id),
                request.amount() == null ? null : new Money(request.amount()),
                RefundDestination.fromWire("destination", request.destination()), request.reason(), who);
        return idempotentRequests.execute(key, "issue-refund", who, new KeyedRequest<>(id, request), () -> payments.refund(command)
                .map(receipt -> IdempotentResponse.created(uri.getBaseUriBuilder()
                                .path("api/v1/bookings").path(id).path("payments").build(),
                        PaymentsResponse.after(receipt.account(), List.of(),
                                List.of(PaymentsResponse.RefundLine.of(receipt.refund()))))));
    }

    @GET
    @Path("/{refundId}/credit-note")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The credit note of a refund issued after invoicing", description = "Roles: CUSTOMER (their own), "
            + "SUPPORT, ADMIN. JSON, or a printable page with Accept: text/html; 404 when the refund came before the invoice.")
    public Uni<CreditNoteResponse> creditNote(@PathParam("id") String id, @PathParam("refundId") String refundId) {
        return payments.creditNote(BookingId.of(id), refundId, caller.get()).map(CreditNoteResponse::of);
    }

    @GET
    @Path("/{refundId}/credit-note")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The credit note as a printable page", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING), example = CreditNotePage.EXAMPLE))
    public Uni<String> creditNotePage(@PathParam("id") String id, @PathParam("refundId") String refundId) {
        return payments.creditNote(BookingId.of(id), refundId, caller.get()).map(CreditNotePage::render);
    }
}
