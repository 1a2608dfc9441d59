package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.application.port.inbound.ManageProvidersUseCase;
import com.converge.booking.application.port.inbound.RegisterProviderCommand;
import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.ServiceSlot;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.booking.domain.provider.ProviderId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/providers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Providers")
@RolesAllowed(Role.ADMIN_NAME)
public class ProviderResource {

    private final ManageProvidersUseCase providers;

    ProviderResource(ManageProvidersUseCase providers) {
        this.providers = providers;
    }

    @POST
    @Operation(summary = "Register a provider", description = "Role: ADMIN.")
    @APIResponseSchema(value = ProviderResponse.class, responseCode = "201", responseDescription = "Registered; Location is its URL")
    public Uni<Response> register(ProviderRequest request, UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        Set<Pincode> pincodes = new HashSet<>();
        if (request.pincodes() != null) {
            for (int i = 0; i < request.pincodes().size(); i++) {
                pincodes.add(Pincode.of("pincodes[" + i + "]", request.pincodes().get(i)));
            }
        }
        RegisterProviderCommand command = new RegisterProviderCommand(request.name(),
                request.phone() == null ? null : MobileNumber.parse(request.phone()), request.verified(), request.active(),
                request.rating(), request.subcategoryIds() == null ? Set.of() : Set.copyOf(request.subcategoryIds()), pincodes);
        return providers.register(command).map(provider -> Response
                .created(uri.getAbsolutePathBuilder().path(provider.id().toString()).build())
                .entity(ProviderResponse.of(provider)).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A provider", description = "Role: ADMIN.")
    public Uni<ProviderResponse> get(@PathParam("id") String id) {
        return providers.find(ProviderId.of(id)).map(ProviderResponse::of);
    }

    @POST
    @Path("/{id}/availability")
    @Operation(summary = "Declare a provider open in slots of a date", description = "Role: ADMIN. Slots start at 08:00, "
            + "10:00, 12:00, 14:00, 16:00 or 18:00 India time and last two hours.")
    @APIResponse(responseCode = "204", description = "The slots are open")
    public Uni<Response> declareOpen(@PathParam("id") String id, AvailabilityRequest request) {
        if (request == null || request.slots() == null || request.slots().isEmpty()) {
            throw new InvalidValueException("slots", "at least one slot is required");
        }
        List<ServiceSlot> slots = new ArrayList<>();
        for (String slot : request.slots()) {
            ServiceSlot parsed = ServiceSlot.parse("availability", request.date(), slot);
            slots.add(parsed);
        }
        return providers.declareOpen(ProviderId.of(id), slots).replaceWith(Response.noContent().build());
    }
}
