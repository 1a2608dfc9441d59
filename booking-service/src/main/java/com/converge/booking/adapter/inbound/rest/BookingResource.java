package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.application.port.inbound.CreateBookingCommand;
import com.converge.booking.application.port.inbound.CreateBookingUseCase;
import com.converge.booking.application.port.inbound.FindBookingUseCase;
import com.converge.booking.application.port.inbound.MoveBookingUseCase;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.idempotency.IdempotentRequests;
import com.converge.kernel.idempotency.IdempotentResponse;
import com.converge.kernel.security.CurrentCaller;
import io.quarkus.security.ForbiddenException;
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
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings")
public class BookingResource {

    private final CreateBookingUseCase createBooking;
    private final FindBookingUseCase findBooking;
    private final MoveBookingUseCase moveBooking;
    private final IdempotentRequests idempotentRequests;
    private final CurrentCaller caller;

    BookingResource(CreateBookingUseCase createBooking, FindBookingUseCase findBooking, MoveBookingUseCase moveBooking,
                    IdempotentRequests idempotentRequests, CurrentCaller caller) {
        this.createBooking = createBooking;
        this.findBooking = findBooking;
        this.moveBooking = moveBooking;
        this.idempotentRequests = idempotentRequests;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Book services", description = "Roles: CUSTOMER (for themselves), ADMIN. Accepts Idempotency-Key. "
            + "Prices each item from its rate card (bookable at the address's pincode now) with GST, and publishes BookingCreated.")
    @APIResponseSchema(value = BookingResponse.class, responseCode = "201", responseDescription = "Booked; Location is its URL")
    public Uni<Response> create(@HeaderParam(IdempotentRequests.HEADER) String key, CreateBookingRequest request, UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        Caller who = caller.get();
        CreateBookingCommand command = new CreateBookingCommand(customer(who, request.customerId()),
                request.addressId() == null ? 0 : request.addressId(), items(request.items()));
        return idempotentRequests.execute(key, "create-booking", who, request, () -> createBooking.create(command)
                .map(booking -> IdempotentResponse.created(uri.getAbsolutePathBuilder().path(booking.id().toString()).build(),
                        BookingResponse.of(booking))));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A booking", description = "Roles: CUSTOMER (their own; others' are 404), SUPPORT, ADMIN.")
    public Uni<BookingResponse> get(@PathParam("id") String id) {
        return findBooking.find(BookingId.of(id), caller.get()).map(BookingResponse::of);
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Confirm a booking by assigning a provider", description = "Role: ADMIN. Picks a verified, active "
            + "provider covering the pincode and every service, free in every slot, by rating then load; 409 "
            + "no-provider-available when there is none. Publishes BookingConfirmed.")
    public Uni<BookingResponse> confirm(@PathParam("id") String id) {
        return moveBooking.confirm(BookingId.of(id)).map(BookingResponse::of);
    }

    @POST
    @Path("/{id}/reassign")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Give a confirmed booking to another provider", description = "Role: ADMIN. To the provider "
            + "named, or to the best other available one; 409 no-provider-available when that is impossible. Publishes "
            + "BookingConfirmed with the new provider.")
    public Uni<BookingResponse> reassign(@PathParam("id") String id, ReassignRequest request) {
        ProviderId provider = request == null || request.providerId() == null ? null : ProviderId.of(request.providerId());
        return moveBooking.reassign(BookingId.of(id), provider).map(BookingResponse::of);
    }

    @POST
    @Path("/{id}/start")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "The provider started the work", description = "Role: ADMIN.")
    public Uni<BookingResponse> start(@PathParam("id") String id) {
        return moveBooking.start(BookingId.of(id)).map(BookingResponse::of);
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "The work is done", description = "Role: ADMIN. Issues the GST tax invoice with the next number "
            + "of the financial year and publishes BookingCompleted.")
    public Uni<BookingResponse> complete(@PathParam("id") String id) {
        return moveBooking.complete(BookingId.of(id)).map(BookingResponse::of);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Cancel a booking", description = "Roles: CUSTOMER (their own), ADMIN. Free before a provider is "
            + "assigned and until CANCELLATION_WINDOW before the first slot; the CANCELLATION_FEE inside it. Frees the "
            + "provider's slots and publishes BookingCancelled; 409 once the work has started.")
    public Uni<BookingResponse> cancel(@PathParam("id") String id, CancelBookingRequest request) {
        return moveBooking.cancel(BookingId.of(id), request == null ? null : request.reason(), caller.get())
                .map(BookingResponse::of);
    }

    @GET
    @Path("/{id}/invoice")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The tax invoice of a completed booking", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN. "
            + "JSON, or a printable page with Accept: text/html.")
    public Uni<InvoiceResponse> invoice(@PathParam("id") String id) {
        return findBooking.invoice(BookingId.of(id), caller.get()).map(InvoiceResponse::of);
    }

    @GET
    @Path("/{id}/invoice")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The tax invoice as a printable page", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN.")
    public Uni<String> invoicePage(@PathParam("id") String id) {
        return findBooking.invoice(BookingId.of(id), caller.get()).map(InvoicePage::render);
    }

    private static CustomerId customer(Caller who, Long requested) {
        if (who.isCustomerOnly()) {
            if (requested != null && requested != who.customerId().value()) {
                throw new ForbiddenException("a customer books for themselves only");
            }
            return who.customerId();
        }
        if (requested == null) {
            throw new InvalidValueException("customerId", "is required when staff book for a customer");
        }
        return new CustomerId(requested);
    }

    private static List<CreateBookingCommand.Item> items(List<CreateBookingRequest.Item> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidValueException("items", "a booking has at least one item");
        }
        List<CreateBookingCommand.Item> items = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            CreateBookingRequest.Item item = requested.get(i);
            String field = "items[" + i + "]";
            if (item == null || item.rateCardId() == null) {
                throw new InvalidValueException(field + ".rateCardId", "is required");
            }
            int quantity = item.quantity() == null ? 1 : item.quantity();
            items.add(new CreateBookingCommand.Item(item.rateCardId(), quantity, ServiceSlot.parse(field, item.date(), item.slot())));
        }
        return items;
    }
}
