package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.ClaimEntryUseCase;
import com.converge.callqueue.application.port.inbound.QueueEntryView;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.domain.CallingRules;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

public class ClaimEntryService implements ClaimEntryUseCase {

    private final UnitOfWork unitOfWork;
    private final QueueEntries entries;
    private final CallingRules rules;
    private final TimeSource clock;

    public ClaimEntryService(UnitOfWork unitOfWork, QueueEntries entries, CallingRules rules, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.entries = entries;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Uni<Optional<QueueEntryView>> claim(QueueName queue, String agentId) {
        var now = clock.now();
        if (!rules.window().isOpen(now)) {
            return Uni.createFrom().item(Optional.empty());
        }
        return unitOfWork.transactionally(() -> entries.lockNextServable(queue, agentId, now, rules)
                .chain(next -> {
                    if (next.isEmpty()) {
                        return Uni.createFrom().item(Optional.<QueueEntryView>empty());
                    }
                    var claimed = next.get().entry().claimBy(agentId, now, rules);
                    return entries.saveClaim(claimed)
                            .replaceWith(Optional.of(new QueueEntryView(claimed, next.get().position())));
                }));
    }
}
