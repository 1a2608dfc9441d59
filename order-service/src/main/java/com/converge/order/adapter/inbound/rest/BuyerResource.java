package com.converge.order.adapter.inbound.rest;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Role;
import com.converge.order.application.port.inbound.FindOrdersUseCase;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/buyers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Buyers")
public class BuyerResource {

    private final FindOrdersUseCase findOrders;

    BuyerResource(FindOrdersUseCase findOrders) {
        this.findOrders = findOrders;
    }

    @GET
    @Path("/{customerId}/verifications")
    @RolesAllowed({Role.SUPPORT_NAME, Role.AGENT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The verification calls about a buyer's orders", description = "Roles: SUPPORT, AGENT, ADMIN.")
    public Uni<List<VerificationResponse>> verifications(@PathParam("customerId") String customerId) {
        return findOrders.verifications(CustomerId.of(customerId)).map(entries -> entries.stream()
                .map(e -> new VerificationResponse(e.orderId().toString(), e.outcome().wireName(), e.requestedAt(),
                        e.completedAt(), e.agentId(), e.reason()))
                .toList());
    }

    public record VerificationResponse(@Schema(example = "01a1aa2f-783b-7c41-9a2b-6e3d9f5a1c77") String orderId,
                                       @Schema(example = "verified") String outcome,
                                       @Schema(example = "2026-11-05T05:30:00.123456Z") Instant requestedAt,
                                       @Schema(description = "null while the call is awaited", example = "2026-11-05T06:02:31.508113Z")
                                       Instant completedAt,
                                       @Schema(example = "a-3") String agentId,
                                       @Schema(example = "customer confirmed address") String reason) {
    }
}
