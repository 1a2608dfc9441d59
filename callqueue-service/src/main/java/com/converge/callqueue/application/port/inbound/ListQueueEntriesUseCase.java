package com.converge.callqueue.application.port.inbound;

import com.converge.callqueue.domain.QueueName;
import io.smallrye.mutiny.Uni;
import java.util.List;

public interface ListQueueEntriesUseCase {

    int MAX_LIMIT = 200;

    /** Active entries in serving order: due callbacks first, then lower score, then earlier arrival. */
    Uni<List<QueueEntryView>> list(QueueName queue, int limit);
}
