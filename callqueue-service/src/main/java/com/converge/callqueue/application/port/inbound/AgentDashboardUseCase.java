package com.converge.callqueue.application.port.inbound;

import com.converge.callqueue.domain.AgentDashboard;
import com.converge.kernel.domain.Caller;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

public interface AgentDashboardUseCase {

    /** An agent's figures in [from, to); an agent sees only their own, SUPPORT and ADMIN everyone's. */
    Uni<AgentDashboard> dashboard(String agentId, Instant from, Instant to, Caller caller);
}
