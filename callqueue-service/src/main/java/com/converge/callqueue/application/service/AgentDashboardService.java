package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.AgentDashboardUseCase;
import com.converge.callqueue.application.port.outbound.AgentFigures;
import com.converge.callqueue.domain.AgentDashboard;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.Role;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;

public class AgentDashboardService implements AgentDashboardUseCase {

    private static final Duration LONGEST_PERIOD = Duration.ofDays(366);

    private final UnitOfWork unitOfWork;
    private final AgentFigures figures;

    public AgentDashboardService(UnitOfWork unitOfWork, AgentFigures figures) {
        this.unitOfWork = unitOfWork;
        this.figures = figures;
    }

    @Override
    public Uni<AgentDashboard> dashboard(String agentId, Instant from, Instant to, Caller caller) {
        if (!to.isAfter(from)) {
            throw new InvalidValueException("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(LONGEST_PERIOD) > 0) {
            throw new InvalidValueException("to", "a period is at most 366 days");
        }
        boolean mayRead = caller.is(Role.SUPPORT) || caller.is(Role.ADMIN)
                || (caller.is(Role.AGENT) && caller.subject().equals(agentId));
        if (!mayRead) {
            // an agent does not learn whether another agent has figures
            throw new NotFoundException("dashboard of agent", agentId);
        }
        return unitOfWork.reading(() -> figures.of(agentId, from, to));
    }
}
