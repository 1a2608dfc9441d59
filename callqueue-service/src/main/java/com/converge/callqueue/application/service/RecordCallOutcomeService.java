package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.RecordCallOutcomeCommand;
import com.converge.callqueue.application.port.inbound.RecordCallOutcomeUseCase;
import com.converge.callqueue.application.port.inbound.RecordedCall;
import com.converge.callqueue.application.port.outbound.CallLog;
import com.converge.callqueue.application.port.outbound.CallQueueEvents;
import com.converge.callqueue.application.port.outbound.DoNotCallList;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.application.port.outbound.ScoreHistory;
import com.converge.callqueue.application.port.outbound.ScoringTables;
import com.converge.callqueue.domain.CallRecord;
import com.converge.callqueue.domain.Callback;
import com.converge.callqueue.domain.CallingRules;
import com.converge.callqueue.domain.QueueEntry;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import com.converge.kernel.domain.UuidV7;
import io.smallrye.mutiny.Uni;

public class RecordCallOutcomeService implements RecordCallOutcomeUseCase {

    private final UnitOfWork unitOfWork;
    private final QueueEntries entries;
    private final ScoringTables scoringTables;
    private final ScoreHistory history;
    private final CallLog callLog;
    private final CallQueueEvents events;
    private final DoNotCallList doNotCall;
    private final CallingRules rules;
    private final TimeSource clock;

    public RecordCallOutcomeService(UnitOfWork unitOfWork, QueueEntries entries, ScoringTables scoringTables,
                                    ScoreHistory history, CallLog callLog, CallQueueEvents events,
                                    DoNotCallList doNotCall, CallingRules rules, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.entries = entries;
        this.scoringTables = scoringTables;
        this.history = history;
        this.callLog = callLog;
        this.events = events;
        this.doNotCall = doNotCall;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public Uni<RecordedCall> record(RecordCallOutcomeCommand command) {
        var now = clock.now();
        return unitOfWork.transactionally(() -> entries.lock(command.entryId())
                .map(found -> found.orElseThrow(() -> new NotFoundException("entry", command.entryId())))
                .chain(entry -> scoringTables.current().chain(table -> {
                    Callback next = command.callbackAt() == null ? null : new Callback(command.callbackAt(),
                            command.callbackReason() == null ? command.outcome().wireName() : command.callbackReason(),
                            command.callbackByAnyone() ? null : command.agentId());
                    QueueEntry.CallRecorded recorded = entry.recordCall(command.agentId(), command.outcome(), next, table, now);
                    QueueEntry after = recorded.entry();
                    CallRecord call = new CallRecord(UuidV7.next(), entry.id(), entry.customerId(), command.agentId(),
                            entry.queue(), command.outcome(), command.durationSeconds(), command.notes(), now);
                    return entries.update(after)
                            .chain(() -> history.append(entry.id(), recorded.scoreChange()))
                            .chain(() -> callLog.record(call, rules.window().dayOf(now)))
                            // at today's cap: out of the claims' way until tomorrow, rather than passed by every claim;
                            // a customer listed while the call was on stays parked for good
                            .chain(callsToday -> doNotCall.find(entry.customerId()).chain(listing -> rules
                                    .parkedUntil(listing != null, callsToday, now).filter(at -> after.active())
                                    .map(at -> entries.park(entry.id(), at))
                                    .orElseGet(() -> Uni.createFrom().voidItem())))
                            .chain(() -> events.callCompleted(call, after))
                            .chain(() -> next == null ? Uni.createFrom().voidItem() : events.callbackScheduled(after))
                            .chain(() -> recorded.verificationSettled()
                                    ? events.orderVerificationCompleted(call, after, command.notes())
                                    : Uni.createFrom().voidItem())
                            .replaceWith(new RecordedCall(call, after, recorded.scoreChange()));
                })));
    }
}
