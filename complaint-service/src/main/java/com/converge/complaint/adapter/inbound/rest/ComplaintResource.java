package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.adapter.inbound.rest.ThreadResponses.AuditResponse;
import com.converge.complaint.adapter.inbound.rest.ThreadResponses.SlaLogResponse;
import com.converge.complaint.adapter.inbound.rest.ThreadResponses.UpdateResponse;
import com.converge.complaint.adapter.inbound.rest.WorkflowRequests.AssignmentRequest;
import com.converge.complaint.adapter.inbound.rest.WorkflowRequests.CsatRequest;
import com.converge.complaint.adapter.inbound.rest.WorkflowRequests.PriorityRequest;
import com.converge.complaint.adapter.inbound.rest.WorkflowRequests.ResolutionRequest;
import com.converge.complaint.adapter.inbound.rest.WorkflowRequests.StatusRequest;
import com.converge.complaint.adapter.inbound.rest.WorkflowRequests.UpdateRequest;
import com.converge.complaint.application.port.inbound.AddComplaintUpdateCommand;
import com.converge.complaint.application.port.inbound.AddComplaintUpdateUseCase;
import com.converge.complaint.application.port.inbound.AssignComplaintCommand;
import com.converge.complaint.application.port.inbound.AssignComplaintUseCase;
import com.converge.complaint.application.port.inbound.ChangeComplaintStatusCommand;
import com.converge.complaint.application.port.inbound.ChangeComplaintStatusUseCase;
import com.converge.complaint.application.port.inbound.ChangePriorityCommand;
import com.converge.complaint.application.port.inbound.ChangePriorityUseCase;
import com.converge.complaint.application.port.inbound.CreateComplaintCommand;
import com.converge.complaint.application.port.inbound.CreateComplaintUseCase;
import com.converge.complaint.application.port.inbound.FindComplaintUseCase;
import com.converge.complaint.application.port.inbound.ListComplaintsQuery;
import com.converge.complaint.application.port.inbound.ListComplaintsUseCase;
import com.converge.complaint.application.port.inbound.RateComplaintCommand;
import com.converge.complaint.application.port.inbound.RateComplaintUseCase;
import com.converge.complaint.application.port.inbound.ReadComplaintHistoryUseCase;
import com.converge.complaint.application.port.inbound.ReopenComplaintCommand;
import com.converge.complaint.application.port.inbound.ResolveComplaintCommand;
import com.converge.complaint.application.port.inbound.ResolveComplaintUseCase;
import com.converge.complaint.domain.Attachment;
import com.converge.complaint.domain.ComplaintReference;
import com.converge.complaint.domain.ComplaintStatus;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.Priority;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import com.converge.kernel.domain.Role;
import com.converge.kernel.idempotency.IdempotentRequests;
import com.converge.kernel.idempotency.IdempotentResponse;
import com.converge.kernel.problem.RequestParameters;
import com.converge.kernel.security.CurrentCaller;
import io.quarkus.security.ForbiddenException;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterStyle;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
public class ComplaintResource {

    private final CreateComplaintUseCase createComplaint;
    private final FindComplaintUseCase findComplaint;
    private final AssignComplaintUseCase assignComplaint;
    private final ChangeComplaintStatusUseCase changeStatus;
    private final ChangePriorityUseCase changePriority;
    private final ResolveComplaintUseCase resolveComplaint;
    private final AddComplaintUpdateUseCase addUpdate;
    private final ReadComplaintHistoryUseCase history;
    private final RateComplaintUseCase rateComplaint;
    private final ListComplaintsUseCase listComplaints;
    private final IdempotentRequests idempotency;
    private final CurrentCaller caller;

    ComplaintResource(CreateComplaintUseCase createComplaint, FindComplaintUseCase findComplaint,
                      AssignComplaintUseCase assignComplaint, ChangeComplaintStatusUseCase changeStatus,
                      ChangePriorityUseCase changePriority, ResolveComplaintUseCase resolveComplaint,
                      AddComplaintUpdateUseCase addUpdate, ReadComplaintHistoryUseCase history,
                      RateComplaintUseCase rateComplaint, ListComplaintsUseCase listComplaints,
                      IdempotentRequests idempotency, CurrentCaller caller) {
        this.idempotency = idempotency;
        this.rateComplaint = rateComplaint;
        this.listComplaints = listComplaints;
        this.createComplaint = createComplaint;
        this.findComplaint = findComplaint;
        this.assignComplaint = assignComplaint;
        this.changeStatus = changeStatus;
        this.changePriority = changePriority;
        this.resolveComplaint = resolveComplaint;
        this.addUpdate = addUpdate;
        this.history = history;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Raise a complaint", description = "Roles: CUSTOMER (for themselves), SUPPORT, ADMIN. "
            + "Triages it (the response's triage: suggested priority and reasons); without a priority it takes the "
            + "suggested one. Stores it with its SLA clocks and publishes ComplaintCreated. A bookingId or orderId that "
            + "Converge has not seen, or that is another customer's, is 422 naming the field.")
    @APIResponseSchema(value = CreatedComplaintResponse.class, responseCode = "201", responseDescription = "Raised; Location is its URL")
    public Uni<Response> create(@NotNull @Valid CreateComplaintRequest request, UriInfo uri) {
        Caller who = caller.get();
        CreateComplaintCommand command = new CreateComplaintCommand(
                complainant(who, request.customerId()),
                request.type() == null ? null : ComplaintType.fromWire("type", request.type()),
                request.priority() == null ? null : Priority.fromWire("priority", request.priority()),
                request.subject(),
                request.description(),
                new ComplaintReference(
                        request.bookingId() == null ? null : BookingId.of(request.bookingId()),
                        request.orderId() == null ? null : OrderId.of(request.orderId())),
                who.subject());
        return createComplaint.create(command).map(created -> Response
                .created(uri.getAbsolutePathBuilder().path(created.details().complaint().id().toString()).build())
                .entity(CreatedComplaintResponse.of(created))
                .build());
    }

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Complaints, open ones by default", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN. "
            + "Filters: status (comma-separated), priority, type, assignee, breached; sort created_at or -created_at; "
            + "cursor pagination (limit 1-100, default 20).")
    public Uni<ComplaintPageResponse> list(@QueryParam("status") @Parameter(description = "Comma-separated; default every unresolved status",
                                                   style = ParameterStyle.FORM, explode = Explode.FALSE,
                                                   schema = @Schema(type = SchemaType.ARRAY, implementation = Vocabularies.Status.class))
                                           String status,
                                           @QueryParam("priority") @Parameter(schema = @Schema(implementation = Vocabularies.PriorityValue.class))
                                           String priority,
                                           @QueryParam("type") @Parameter(schema = @Schema(implementation = Vocabularies.Type.class))
                                           String type,
                                           @QueryParam("assignee") @Parameter(description = "A support user's id", example = "s-2")
                                           String assignee,
                                           @QueryParam("breached") @Parameter(description = "true: only complaints with a breached clock; "
                                                   + "false: only those without", schema = @Schema(type = SchemaType.BOOLEAN))
                                           String breached,
                                           @QueryParam("sort") @Parameter(description = "By creation time; - for newest first (the default)",
                                                   schema = @Schema(type = SchemaType.STRING, enumeration = {"created_at", "-created_at"}))
                                           String sort,
                                           @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        Set<ComplaintStatus> statuses = status == null || status.isBlank() ? Set.of()
                : Arrays.stream(status.split(",")).map(s -> ComplaintStatus.fromWire("status", s.strip())).collect(Collectors.toSet());
        ListComplaintsQuery query = new ListComplaintsQuery(statuses,
                priority == null ? null : Priority.fromWire("priority", priority),
                type == null ? null : ComplaintType.fromWire("type", type),
                assignee == null || assignee.isBlank() ? null : assignee.strip(),
                bool("breached", breached), newestFirst(sort), cursor == null || cursor.isBlank() ? null : cursor,
                RequestParameters.integer("limit", limit, 20), caller.get());
        return listComplaints.list(query).map(page -> new ComplaintPageResponse(
                page.items().stream().map(ComplaintResponse::of).toList(), page.nextCursor()));
    }

    @POST
    @Path("/{id}/csat")
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(summary = "Rate how the complaint was handled", description = "Role: CUSTOMER (own), once, after resolution. "
            + "Publishes CsatRecorded.")
    public Uni<ComplaintResponse> rate(@PathParam("id") String id, @NotNull @Valid CsatRequest request) {
        return rateComplaint.rate(new RateComplaintCommand(ComplaintId.of(id), request.rating(), request.comment(), caller.get()))
                .map(ComplaintResponse::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A complaint with its three SLA clocks",
            description = "Roles: CUSTOMER (their own; others' are 404), SUPPORT, ADMIN.")
    public Uni<ComplaintResponse> get(@PathParam("id") String id) {
        return findComplaint.find(ComplaintId.of(id), caller.get()).map(ComplaintResponse::of);
    }

    @POST
    @Path("/{id}/assignment")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Assign or reassign to a support user", description = "Roles: SUPPORT, ADMIN. Publishes ComplaintAssigned.")
    public Uni<ComplaintResponse> assign(@PathParam("id") String id, @NotNull @Valid AssignmentRequest request) {
        return assignComplaint.assign(new AssignComplaintCommand(ComplaintId.of(id), request.assignee(), caller.get()))
                .map(ComplaintResponse::of);
    }

    @POST
    @Path("/{id}/status")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Move the complaint", description = "Roles: SUPPORT, ADMIN. An illegal move is 409. "
            + "Publishes ComplaintStatusChanged (and ComplaintEscalated on escalation).")
    public Uni<ComplaintResponse> status(@PathParam("id") String id, @NotNull @Valid StatusRequest request) {
        return changeStatus.changeStatus(new ChangeComplaintStatusCommand(ComplaintId.of(id),
                        ComplaintStatus.fromWire("status", request.status()), request.reason(), caller.get()))
                .map(ComplaintResponse::of);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Reopen a resolved complaint within 7 days", description = "Roles: CUSTOMER (own), SUPPORT, ADMIN.")
    public Uni<ComplaintResponse> reopen(@PathParam("id") String id) {
        return changeStatus.reopen(new ReopenComplaintCommand(ComplaintId.of(id), caller.get())).map(ComplaintResponse::of);
    }

    @POST
    @Path("/{id}/priority")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Override the priority", description = "Roles: SUPPORT, ADMIN. Recomputes every clock's deadline.")
    public Uni<ComplaintResponse> priority(@PathParam("id") String id, @NotNull @Valid PriorityRequest request) {
        return changePriority.changePriority(new ChangePriorityCommand(ComplaintId.of(id),
                        Priority.fromWire("priority", request.priority()), caller.get()))
                .map(ComplaintResponse::of);
    }

    @POST
    @Path("/{id}/resolution")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Resolve", description = "Roles: SUPPORT, ADMIN. Compensation is a wallet credit for a booking "
            + "or a refund for an order; publishes ComplaintResolved. Accepts an Idempotency-Key: it moves money.")
    @APIResponseSchema(value = ComplaintResponse.class, responseCode = "200", responseDescription = "Resolved")
    public Uni<Response> resolve(@PathParam("id") String id, @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                                 @NotNull @Valid ResolutionRequest request) {
        Caller who = caller.get();
        ResolveComplaintCommand command = new ResolveComplaintCommand(ComplaintId.of(id), request.summary(),
                compensation(request), who);
        return idempotency.execute(idempotencyKey, "resolve-complaint", who, List.of(command.complaintId().toString(), request),
                () -> resolveComplaint.resolve(command).map(details -> IdempotentResponse.ok(ComplaintResponse.of(details))));
    }

    @POST
    @Path("/{id}/updates")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Comment, or add an internal note", description = "Roles: CUSTOMER (own, public only), SUPPORT, ADMIN.")
    @APIResponseSchema(value = UpdateResponse.class, responseCode = "201", responseDescription = "Added")
    public Uni<Response> addUpdate(@PathParam("id") String id, @NotNull @Valid UpdateRequest request) {
        List<Attachment> attachments = request.attachments() == null ? List.of() : request.attachments().stream()
                .map(a -> new Attachment(a.name(), a.contentType(), a.sizeBytes() == null ? 0 : a.sizeBytes(), a.url()))
                .toList();
        return addUpdate.addUpdate(new AddComplaintUpdateCommand(ComplaintId.of(id), request.body(),
                        Boolean.TRUE.equals(request.internal()), attachments, caller.get()))
                .map(update -> Response.status(Response.Status.CREATED).entity(UpdateResponse.of(update)).build());
    }

    @GET
    @Path("/{id}/updates")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The thread, oldest first", description = "Roles: CUSTOMER (own; internal notes left out), SUPPORT, ADMIN.")
    public Uni<List<UpdateResponse>> updates(@PathParam("id") String id) {
        return history.updates(ComplaintId.of(id), caller.get()).map(list -> list.stream().map(UpdateResponse::of).toList());
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Who changed what", description = "Roles: SUPPORT, ADMIN.")
    public Uni<List<AuditResponse>> audit(@PathParam("id") String id) {
        return history.auditTrail(ComplaintId.of(id), caller.get()).map(list -> list.stream().map(AuditResponse::of).toList());
    }

    @GET
    @Path("/{id}/sla-log")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The SLA log: applied, paused, resumed, warned, breached, fulfilled", description = "Roles: SUPPORT, ADMIN.")
    public Uni<List<SlaLogResponse>> slaLog(@PathParam("id") String id) {
        return history.slaLog(ComplaintId.of(id), caller.get()).map(list -> list.stream().map(SlaLogResponse::of).toList());
    }

    private static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw new InvalidValueException(field, "must be true or false");
    }

    private static boolean newestFirst(String sort) {
        if (sort == null || sort.isBlank() || sort.equals("created_at")) {
            return false;
        }
        if (sort.equals("-created_at")) {
            return true;
        }
        throw new InvalidValueException("sort", "must be created_at or -created_at");
    }

    private static Money compensation(ResolutionRequest request) {
        switch (request.action()) {
            case "none":
                if (request.compensationAmount() != null && request.compensationAmount().signum() != 0) {
                    throw new InvalidValueException("compensationAmount", "no amount when the action is none");
                }
                return null;
            case "compensation":
                if (request.compensationAmount() == null) {
                    throw new InvalidValueException("compensationAmount", "is required for a compensation");
                }
                try {
                    Money amount = new Money(request.compensationAmount());
                    if (!amount.isPositive()) {
                        throw new InvalidValueException("compensationAmount", "must be more than zero");
                    }
                    return amount;
                } catch (InvalidValueException e) {
                    throw new InvalidValueException("compensationAmount", e.getMessage());
                }
            default:
                throw new InvalidValueException("action", "must be one of none, compensation");
        }
    }

    private static CustomerId complainant(Caller who, Long requested) {
        if (who.isCustomerOnly()) {
            CustomerId self = who.customerId();
            if (requested != null && requested != self.value()) {
                throw new ForbiddenException("a customer raises complaints for themselves only");
            }
            return self;
        }
        if (requested == null) {
            throw new InvalidValueException("customerId", "is required when support raises a complaint");
        }
        return new CustomerId(requested);
    }
}
