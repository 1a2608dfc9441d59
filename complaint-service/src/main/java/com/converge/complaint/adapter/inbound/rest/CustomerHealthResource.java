package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.adapter.inbound.rest.CustomerHealthResponses.HealthResponse;
import com.converge.complaint.adapter.inbound.rest.CustomerHealthResponses.InteractionPageResponse;
import com.converge.complaint.adapter.inbound.rest.CustomerHealthResponses.MilestoneResponse;
import com.converge.complaint.application.port.inbound.CustomerHealthQuery;
import com.converge.complaint.application.port.inbound.CustomerQuery;
import com.converge.complaint.application.port.inbound.ReadCustomerHealthUseCase;
import com.converge.complaint.application.port.inbound.SupportInteractionsQuery;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.problem.RequestParameters;
import com.converge.kernel.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/customers/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customer health")
public class CustomerHealthResource {

    static final int DEFAULT_TREND_DAYS = 30;

    private final ReadCustomerHealthUseCase health;
    private final CurrentCaller caller;

    CustomerHealthResource(ReadCustomerHealthUseCase health, CurrentCaller caller) {
        this.health = health;
        this.caller = caller;
    }

    @GET
    @Path("/health")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A customer's health score, how each dimension contributed and why, and its daily trend",
            description = "Roles: CUSTOMER (their own; others are 404), SUPPORT, ADMIN. trendDays 1-365, default 30. "
                    + "404 when nothing is known of the customer.")
    public Uni<HealthResponse> health(@PathParam("id") String id, @QueryParam("trendDays") @Parameter(description = "How many days of daily snapshots the trend covers",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "365", defaultValue = "30"))
            String trendDays) {
        return health.health(new CustomerHealthQuery(customerId(id),
                        RequestParameters.integer("trendDays", trendDays, DEFAULT_TREND_DAYS), caller.get()))
                .map(HealthResponse::of);
    }

    @GET
    @Path("/milestones")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Milestones the customer reached", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN. "
            + "first_booking_completed, fifth_booking_completed, first_order_delivered, first_referral.")
    public Uni<List<MilestoneResponse>> milestones(@PathParam("id") String id) {
        return health.milestones(new CustomerQuery(customerId(id), caller.get()))
                .map(list -> list.stream().map(MilestoneResponse::of).toList());
    }

    @GET
    @Path("/interactions")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Support interactions, newest first", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN. "
            + "Calls (CallCompleted) and public messages on the customer's complaints; cursor pagination (limit 1-100, default 20).")
    public Uni<InteractionPageResponse> interactions(@PathParam("id") String id, @QueryParam("cursor") String cursor,
                                                     @QueryParam("limit") String limit) {
        return health.interactions(new SupportInteractionsQuery(customerId(id), cursor == null || cursor.isBlank() ? null : cursor,
                        RequestParameters.integer("limit", limit, 20), caller.get()))
                .map(InteractionPageResponse::of);
    }

    private static CustomerId customerId(String id) {
        try {
            return new CustomerId(Long.parseLong(id));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("id", "must be a customer id (a positive number)");
        }
    }
}
