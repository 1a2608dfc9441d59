package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.application.port.inbound.ManageHealthWeightsUseCase;
import com.converge.complaint.application.port.inbound.SaveHealthWeightsCommand;
import com.converge.complaint.domain.HealthDimension;
import com.converge.complaint.domain.HealthWeights;
import com.converge.kernel.domain.Role;
import com.converge.kernel.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/health-weights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customer health")
public class HealthWeightsResource {

    private final ManageHealthWeightsUseCase weights;
    private final CurrentCaller caller;

    HealthWeightsResource(ManageHealthWeightsUseCase weights, CurrentCaller caller) {
        this.weights = weights;
        this.caller = caller;
    }

    @Schema(description = "Each dimension's weight, 0-100; at least one above 0. Missing data renormalises the rest.")
    public record WeightsDocument(@Schema(required = true, example = "30") Integer engagement,
                                  @Schema(required = true, example = "25") Integer satisfaction,
                                  @Schema(required = true, example = "25") Integer support,
                                  @Schema(required = true, example = "20") Integer commercial) {

        static WeightsDocument of(HealthWeights weights) {
            return new WeightsDocument(weights.of(HealthDimension.ENGAGEMENT), weights.of(HealthDimension.SATISFACTION),
                    weights.of(HealthDimension.SUPPORT), weights.of(HealthDimension.COMMERCIAL));
        }

        HealthWeights toWeights() {
            Map<HealthDimension, Integer> map = new EnumMap<>(HealthDimension.class);
            putIfGiven(map, HealthDimension.ENGAGEMENT, engagement);
            putIfGiven(map, HealthDimension.SATISFACTION, satisfaction);
            putIfGiven(map, HealthDimension.SUPPORT, support);
            putIfGiven(map, HealthDimension.COMMERCIAL, commercial);
            return new HealthWeights(map);
        }

        private static void putIfGiven(Map<HealthDimension, Integer> map, HealthDimension dimension, Integer weight) {
            if (weight != null) {
                map.put(dimension, weight);
            }
        }
    }

    @GET
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The health dimensions' weights", description = "Roles: SUPPORT, ADMIN.")
    public Uni<WeightsDocument> current() {
        return weights.current().map(WeightsDocument::of);
    }

    @PUT
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Set the health dimensions' weights", description = "Role: ADMIN. Every customer is reassessed "
            + "by the next refresh passes.")
    public Uni<WeightsDocument> save(@NotNull WeightsDocument request) {
        return weights.save(new SaveHealthWeightsCommand(request.toWeights(), caller.get().subject()))
                .map(WeightsDocument::of);
    }
}
