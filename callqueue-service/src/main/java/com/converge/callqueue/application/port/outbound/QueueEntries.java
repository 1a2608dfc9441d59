package com.converge.callqueue.application.port.outbound;

import com.converge.callqueue.application.port.inbound.QueueEntryView;
import com.converge.callqueue.domain.QueueEntry;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface QueueEntries {

    /** The customer's active entry in {@code queue}, locked until the transaction ends. */
    Uni<Optional<QueueEntry>> lockActive(CustomerId customerId, QueueName queue);

    Uni<Void> add(QueueEntry entry);

    Uni<Void> update(QueueEntry entry);

    Uni<List<QueueEntryView>> activeInServingOrder(QueueName queue, Instant now, int limit);
}
