package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import com.converge.booking.application.port.inbound.PaymentsUseCase;
import com.converge.booking.application.port.inbound.RecordPaymentCommand;
import com.converge.booking.domain.payment.PaymentMethod;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bookings/{id}/payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Payments")
public class PaymentResource {

    private final PaymentsUseCase payments;
    private final IdempotentRequests idempotentRequests;
    private final CurrentCaller caller;

    PaymentResource(PaymentsUseCase payments, IdempotentRequests idempotentRequests, CurrentCaller caller) {
        this.payments = payments;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Record a payment for a booking", description = "Roles: CUSTOMER (their own bookings; others' are "
            + "404), ADMIN. Accepts Idempotency-Key. A succeeded payment moves the payment status on (a wallet payment debits "
            + "the wallet, 422 beyond its balance) and publishes PaymentReceived; a failed one is recorded as failed. 422 "
            + "naming amount beyond what is due; 409 booking-cancelled.")
    @APIResponseSchema(value = PaymentsResponse.class, responseCode = "201", responseDescription = "Recorded; the booking's payments after it")
    public Uni<Response> pay(@PathParam("id") String id, @HeaderParam(IdempotentRequests.HEADER) String key,
                             PaymentRequest request, UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        Caller who = caller.get();
        RecordPaymentCommand command = new RecordPaymentCommand(BookingId.of(id),
                request.amount() == null ? null : new Money(request.amount()),
                request.method() == null ? null : PaymentMethod.fromWire("method", request.method()),
                succeeded(request.outcome()), request.reference(), request.failureReason(), who);
        return idempotentRequests.execute(key, "record-payment", who, new KeyedRequest<>(id, request), () -> payments.record(command)
                .map(receipt -> IdempotentResponse.created(uri.getAbsolutePath(),
                        PaymentsResponse.after(receipt.account(),
                                List.of(PaymentsResponse.PaymentLine.of(receipt.payment())), List.of()))));
    }

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A booking's payments and refunds", description = "Roles: CUSTOMER (their own; others' are 404), "
            + "SUPPORT, ADMIN. With the payment status, the minimum advance, and what is paid, refunded and due.")
    public Uni<PaymentsResponse> list(@PathParam("id") String id) {
        return payments.payments(BookingId.of(id), caller.get()).map(PaymentsResponse::of);
    }

    private static boolean succeeded(String outcome) {
        if (outcome == null || "succeeded".equals(outcome)) {
            return true;
        }
        if ("failed".equals(outcome)) {
            return false;
        }
        throw new InvalidValueException("outcome", "must be succeeded or failed");
    }
}
