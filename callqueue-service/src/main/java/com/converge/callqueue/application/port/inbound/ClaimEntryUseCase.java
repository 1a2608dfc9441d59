package com.converge.callqueue.application.port.inbound;

import com.converge.callqueue.domain.QueueName;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

public interface ClaimEntryUseCase {

    /**
     * The next entry of {@code queue} that {@code agentId} may call now, locked for them for the
     * configured time; empty when nothing is eligible (outside the calling window, say).
     */
    Uni<Optional<QueueEntryView>> claim(QueueName queue, String agentId);
}
