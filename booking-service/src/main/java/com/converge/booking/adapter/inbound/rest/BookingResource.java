package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.application.port.inbound.CreateBookingCommand;
import com.converge.booking.application.port.inbound.CreateBookingUseCase;
import com.converge.booking.application.port.inbound.FindBookingUseCase;
import com.converge.booking.application.port.inbound.ListBookingsQuery;
import com.converge.booking.application.port.inbound.ListBookingsUseCase;
import com.converge.booking.application.port.inbound.MoveBookingUseCase;
import com.converge.booking.application.port.inbound.RescheduleBookingCommand;
import com.converge.booking.application.port.inbound.RescheduleBookingUseCase;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.payment.RefundDestination;
import com.converge.booking.domain.booking.BookingStatus;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.idempotency.IdempotentRequests;
import com.converge.kernel.idempotency.IdempotentResponse;
import com.converge.kernel.problem.RequestParameters;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    private final RescheduleBookingUseCase rescheduleBooking;
    private final ListBookingsUseCase listBookings;
    private final IdempotentRequests idempotentRequests;
    private final CurrentCaller caller;

    BookingResource(CreateBookingUseCase createBooking, FindBookingUseCase findBooking, MoveBookingUseCase moveBooking,
                    RescheduleBookingUseCase rescheduleBooking, ListBookingsUseCase listBookings,
                    IdempotentRequests idempotentRequests, CurrentCaller caller) {
        this.createBooking = createBooking;
        this.findBooking = findBooking;
        this.moveBooking = moveBooking;
        this.rescheduleBooking = rescheduleBooking;
        this.listBookings = listBookings;
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
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Bookings, newest first", description = "Roles: CUSTOMER (their own; another customerId is 403), "
            + "SUPPORT, ADMIN (everyone's, or one customer's with customerId). Filters: status (comma-separated), from and to "
            + "(the India date the booking was made, inclusive). Cursor pagination: limit 1-100 (default 20), then the "
            + "nextCursor of the previous page.")
    public Uni<BookingPageResponse> list(@QueryParam("customerId") @Parameter(description = "Staff only: one customer's bookings (a customer always gets their own)", schema = @Schema(type = SchemaType.INTEGER, format = "int64"), example = "42") String customerId,
                                         @QueryParam("status") @Parameter(description = "Comma-separated", schema = @Schema(type = SchemaType.ARRAY, implementation = Vocabularies.Status.class), style = ParameterStyle.FORM, explode = Explode.FALSE) String status,
                                         @QueryParam("from") @Parameter(description = "Made on or after this date (India), inclusive", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-11-01") String from,
                                         @QueryParam("to") @Parameter(description = "Made on or before this date (India), inclusive", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-11-30") String to,
                                         @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        Caller who = caller.get();
        Long requested = customerId == null || customerId.isBlank() ? null
                : (long) RequestParameters.integer("customerId", customerId, 0);
        CustomerId customer = requested == null && !who.isCustomerOnly() ? null : customer(who, requested);
        Set<BookingStatus> statuses = status == null || status.isBlank() ? Set.of()
                : Arrays.stream(status.split(",")).map(text -> BookingStatus.fromWire("status", text)).collect(Collectors.toSet());
        ListBookingsQuery query = new ListBookingsQuery(customer, statuses, date("from", from), date("to", to),
                cursor == null || cursor.isBlank() ? null : cursor,
                RequestParameters.integer("limit", limit, ListBookingsQuery.DEFAULT_LIMIT), who);
        return listBookings.list(query).map(BookingPageResponse::of);
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
            + "provider's slots, refunds what was paid beyond the fee and any reschedule fees charged to refundTo (wallet, or "
            + "original_method by default; RefundIssued), issues the GST tax invoice of the fees kept (invoiceNumber) and "
            + "publishes BookingCancelled; 409 once the work has started or cancelled.")
    public Uni<BookingResponse> cancel(@PathParam("id") String id, CancelBookingRequest request) {
        return moveBooking.cancel(BookingId.of(id), request == null ? null : request.reason(),
                        RefundDestination.fromWire("refundTo", request == null ? null : request.refundTo()), caller.get())
                .map(BookingResponse::of);
    }

    @POST
    @Path("/{id}/reschedule")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Move a booking to another slot", description = "Roles: CUSTOMER (their own), ADMIN. Accepts "
            + "Idempotency-Key. A pending or confirmed booking's first visit moves to the date and slot given, the others keep "
            + "their spacing; at most RESCHEDULE_LIMIT times (then 409 reschedule-limit-reached); RESCHEDULE_FEE inside "
            + "RESCHEDULE_WINDOW once a provider is assigned, owed with 18% GST on top of the total (charges) and invoiced as "
            + "its own line. The provider keeps it when open and free then, else the best "
            + "other one takes it (BookingConfirmed); 409 no-provider-available when nobody can. Publishes BookingRescheduled.")
    @APIResponseSchema(value = BookingResponse.class, responseCode = "200", responseDescription = "Rescheduled")
    public Uni<Response> reschedule(@HeaderParam(IdempotentRequests.HEADER) String key, @PathParam("id") String id,
                                    RescheduleRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        Caller who = caller.get();
        RescheduleBookingCommand command = new RescheduleBookingCommand(BookingId.of(id),
                ServiceSlot.parse("", request.date(), request.slot()), who);
        return idempotentRequests.execute(key, "reschedule-booking", who, List.of(id, request),
                () -> rescheduleBooking.reschedule(command).map(booking -> IdempotentResponse.ok(BookingResponse.of(booking))));
    }

    @GET
    @Path("/{id}/invoice")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The tax invoice of a completed booking", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN. "
            + "A cancelled booking's is for the fees its cancellation kept (404 when it kept none). JSON, or a printable page "
            + "with Accept: text/html.")
    public Uni<InvoiceResponse> invoice(@PathParam("id") String id) {
        return findBooking.invoice(BookingId.of(id), caller.get()).map(InvoiceResponse::of);
    }

    @GET
    @Path("/{id}/invoice")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The tax invoice as a printable page", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN.")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING), example = InvoicePage.EXAMPLE))
    public Uni<String> invoicePage(@PathParam("id") String id) {
        return findBooking.invoice(BookingId.of(id), caller.get()).map(InvoicePage::render);
    }

    private static CustomerId customer(Caller who, Long requested) {
        if (who.isCustomerOnly()) {
            if (requested != null && requested != who.customerId().value()) {
                throw new ForbiddenException("a customer acts for themselves only");
            }
            return who.customerId();
        }
        if (requested == null) {
            throw new InvalidValueException("customerId", "is required when staff book for a customer");
        }
        return new CustomerId(requested);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "must be a date like 2026-12-01");
        }
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
