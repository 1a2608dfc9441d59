package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.application.port.inbound.CreateComplaintCommand;
import com.converge.complaint.application.port.inbound.CreateComplaintUseCase;
import com.converge.complaint.application.port.inbound.FindComplaintUseCase;
import com.converge.complaint.domain.ComplaintReference;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.Priority;
import com.converge.kernel.domain.BookingId;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.OrderId;
import com.converge.kernel.domain.Role;
import com.converge.kernel.security.CurrentCaller;
import io.quarkus.security.ForbiddenException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
@SecurityRequirement(name = "SecurityScheme")
public class ComplaintResource {

    private final CreateComplaintUseCase createComplaint;
    private final FindComplaintUseCase findComplaint;
    private final CurrentCaller caller;

    ComplaintResource(CreateComplaintUseCase createComplaint, FindComplaintUseCase findComplaint, CurrentCaller caller) {
        this.createComplaint = createComplaint;
        this.findComplaint = findComplaint;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Raise a complaint", description = "Roles: CUSTOMER (for themselves), SUPPORT, ADMIN. "
            + "Stores it with its SLA deadlines and publishes ComplaintCreated.")
    public Uni<Response> create(@NotNull @Valid CreateComplaintRequest request, UriInfo uri) {
        CreateComplaintCommand command = new CreateComplaintCommand(
                complainant(request.customerId()),
                request.type() == null ? null : ComplaintType.fromWire("type", request.type()),
                request.priority() == null ? null : Priority.fromWire("priority", request.priority()),
                request.subject(),
                request.description(),
                new ComplaintReference(
                        request.bookingId() == null ? null : BookingId.of(request.bookingId()),
                        request.orderId() == null ? null : OrderId.of(request.orderId())));
        return createComplaint.create(command).map(complaint -> Response
                .created(uri.getAbsolutePathBuilder().path(complaint.id().toString()).build())
                .entity(ComplaintResponse.of(complaint))
                .build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A complaint", description = "Roles: CUSTOMER (their own; others' are 404), SUPPORT, ADMIN.")
    public Uni<ComplaintResponse> get(@PathParam("id") String id) {
        return findComplaint.find(ComplaintId.of(id), caller.get()).map(ComplaintResponse::of);
    }

    private CustomerId complainant(Long requested) {
        Caller who = caller.get();
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
