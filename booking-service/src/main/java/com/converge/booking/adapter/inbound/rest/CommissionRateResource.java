package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.application.port.inbound.ChangeCommissionRateCommand;
import com.converge.booking.application.port.inbound.ManageCommissionRatesUseCase;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/commission-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Provider settlement")
@RolesAllowed(Role.ADMIN_NAME)
public class CommissionRateResource {

    private final ManageCommissionRatesUseCase commissions;
    private final CurrentCaller caller;

    CommissionRateResource(ManageCommissionRatesUseCase commissions, CurrentCaller caller) {
        this.commissions = commissions;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The commission per category", description = "Role: ADMIN. Every category in display order with "
            + "its rate, and the default that categories without their own pay.")
    public Uni<CommissionRatesResponse> list() {
        return commissions.rates().map(rates -> CommissionRatesResponse.of(rates, commissions.defaultPercent()));
    }

    @PUT
    @Path("/{categoryId}")
    @Operation(summary = "Change a category's commission", description = "Role: ADMIN. 0 to 100 percent with at most two "
            + "decimals (400 naming percent); above 80 is 422, as the provider would be left less than nothing after GST on "
            + "the commission. Applies to statements drawn from now on: settled bookings keep the rate they were charged, "
            + "also when refunded later. Every change is kept with who made it.")
    public Uni<CommissionRatesResponse.CommissionRateChanged> change(@PathParam("categoryId") int categoryId,
                                                                     CommissionRateRequest request) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        return commissions.change(new ChangeCommissionRateCommand(categoryId, request.percent(), caller.get()))
                .map(CommissionRatesResponse.CommissionRateChanged::of);
    }
}
