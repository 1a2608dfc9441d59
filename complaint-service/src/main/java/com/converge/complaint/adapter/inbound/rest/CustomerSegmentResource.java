package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.application.port.inbound.ListSegmentMembersQuery;
import com.converge.complaint.application.port.inbound.ManageCustomerSegmentsUseCase;
import com.converge.complaint.application.port.inbound.PlaceCustomerInSegmentCommand;
import com.converge.complaint.domain.CustomerSegment;
import com.converge.complaint.domain.SegmentMembership;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Role;
import com.converge.kernel.problem.RequestParameters;
import com.converge.kernel.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/customer-segments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customer segments")
public class CustomerSegmentResource {

    record SegmentRequest(@Schema(required = true, implementation = Vocabularies.Segment.class) String segment) {
    }

    /** {@code updatedBy} and {@code updatedAt} are null for a customer nobody placed (standard). */
    record SegmentResponse(@Schema(required = true, example = "42") long customerId,
                           @Schema(required = true, implementation = Vocabularies.Segment.class) String segment,
                           @Schema(example = "ad-1") String updatedBy, @Schema(example = "2026-11-18T06:12:40.117302Z") Instant updatedAt) {

        static SegmentResponse of(SegmentMembership membership) {
            return new SegmentResponse(membership.customer().value(), membership.segment().wireName(), membership.updatedBy(),
                    membership.updatedAt());
        }
    }

    record SegmentPage(@Schema(required = true) List<SegmentResponse> items, @Schema(example = "NDI") String nextCursor) {
    }

    private final ManageCustomerSegmentsUseCase segments;
    private final CurrentCaller caller;

    CustomerSegmentResource(ManageCustomerSegmentsUseCase segments, CurrentCaller caller) {
        this.segments = segments;
        this.caller = caller;
    }

    @PUT
    @Path("/{customerId}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Place a customer in a segment: standard, premium or vip", description = "Role: ADMIN. "
            + "Complaints the customer raises from now on are matched to SLA policies by it.")
    public Uni<SegmentResponse> place(@PathParam("customerId") String customerId, @NotNull SegmentRequest request) {
        return segments.place(new PlaceCustomerInSegmentCommand(CustomerId.of(customerId),
                        request.segment() == null ? null : CustomerSegment.fromWire("segment", request.segment()),
                        caller.get().subject()))
                .map(SegmentResponse::of);
    }

    @GET
    @Path("/{customerId}")
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A customer's segment (standard unless placed)", description = "Roles: SUPPORT, ADMIN.")
    public Uni<SegmentResponse> segmentOf(@PathParam("customerId") String customerId) {
        return segments.segmentOf(CustomerId.of(customerId)).map(SegmentResponse::of);
    }

    @GET
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Placed customers by id", description = "Roles: SUPPORT, ADMIN. Filter: segment; cursor pagination "
            + "(limit 1-100, default 20).")
    public Uni<SegmentPage> list(@QueryParam("segment") @Parameter(schema = @Schema(implementation = Vocabularies.Segment.class)) String segment,
                                 @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") String limit) {
        ListSegmentMembersQuery query = new ListSegmentMembersQuery(
                segment == null || segment.isBlank() ? null : CustomerSegment.fromWire("segment", segment.strip()),
                ReportParameters.text(cursor), RequestParameters.integer("limit", limit, 20));
        return segments.list(query).map(page -> new SegmentPage(page.items().stream().map(SegmentResponse::of).toList(),
                page.nextCursor()));
    }
}
