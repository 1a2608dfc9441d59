package com.converge.callqueue.adapter.inbound.rest;

import com.converge.callqueue.application.port.inbound.ScoringTableUseCase;
import com.converge.callqueue.domain.CallOutcome;
import com.converge.callqueue.domain.ScoringTable;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
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
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/scoring-table")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scoring table")
public class ScoringTableResource {

    private final ScoringTableUseCase scoringTable;

    ScoringTableResource(ScoringTableUseCase scoringTable) {
        this.scoringTable = scoringTable;
    }

    /** Adjustments by outcome wire name (-15..200), and the attempt penalty. */
    public record ScoringTableBody(
            @Schema(example = """
                    {"connected": 20, "verified": 0, "refused": 0, "callback_requested": -15, "not_interested": 50,
                     "no_answer": 10, "busy": 5, "voicemail": 8, "wrong_number": 200}""")
            Map<String, Integer> adjustments,
            @Schema(example = "3") Integer freeAttempts,
            @Schema(example = "10") Integer penaltyPerAttempt) {

        static ScoringTableBody of(ScoringTable table) {
            Map<String, Integer> adjustments = new LinkedHashMap<>();
            for (CallOutcome outcome : CallOutcome.values()) {
                adjustments.put(outcome.wireName(), table.adjustmentFor(outcome));
            }
            return new ScoringTableBody(adjustments, table.freeAttempts(), table.penaltyPerAttempt());
        }

        ScoringTable toDomain() {
            if (adjustments == null) {
                throw new InvalidValueException("adjustments", "is required");
            }
            if (freeAttempts == null) {
                throw new InvalidValueException("freeAttempts", "is required");
            }
            if (penaltyPerAttempt == null) {
                throw new InvalidValueException("penaltyPerAttempt", "is required");
            }
            Map<CallOutcome, Integer> byOutcome = new EnumMap<>(CallOutcome.class);
            adjustments.forEach((name, value) -> byOutcome.put(CallOutcome.fromWire("adjustments." + name, name), value));
            return new ScoringTable(byOutcome, freeAttempts, penaltyPerAttempt);
        }
    }

    @GET
    @RolesAllowed({Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The scoring table", description = "Roles: SUPPORT, ADMIN.")
    public Uni<ScoringTableBody> get() {
        return scoringTable.current().map(ScoringTableBody::of);
    }

    @PUT
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace the scoring table", description = "Role: ADMIN. Every outcome needs an adjustment "
            + "within -15..200; applies to calls recorded from now on.")
    public Uni<ScoringTableBody> replace(@NotNull ScoringTableBody body) {
        return scoringTable.replace(body.toDomain()).map(ScoringTableBody::of);
    }
}
