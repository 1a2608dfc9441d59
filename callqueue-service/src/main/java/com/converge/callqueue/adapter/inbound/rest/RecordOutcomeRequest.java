package com.converge.callqueue.adapter.inbound.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the call went. A callback schedules the next call (the agent's own unless byAnyone).")
public record RecordOutcomeRequest(
        @NotBlank @Schema(required = true, implementation = Vocabularies.Outcome.class) String outcome,
        @NotNull @PositiveOrZero @Schema(example = "42") Integer durationSeconds,
        @Schema(example = "Rang eight times") String notes,
        @Valid CallbackRequest callback) {

    public record CallbackRequest(
            @NotNull @Schema(example = "2026-11-21T10:30:00Z") Instant dueAt,
            @Schema(example = "customer asked to call after lunch") String reason,
            @Schema(description = "true: any agent may make it; false (default): the recording agent's own") Boolean byAnyone) {
    }
}
