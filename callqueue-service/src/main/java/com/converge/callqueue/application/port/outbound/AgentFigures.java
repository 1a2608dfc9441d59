package com.converge.callqueue.application.port.outbound;

import com.converge.callqueue.domain.AgentDashboard;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

public interface AgentFigures {

    Uni<AgentDashboard> of(String agentId, Instant from, Instant to);
}
