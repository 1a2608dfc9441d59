package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.AttentionNeededCommand;
import com.converge.callqueue.application.port.inbound.ComplaintRaisedCommand;
import com.converge.callqueue.application.port.inbound.ReactToComplaintUseCase;
import com.converge.callqueue.application.port.outbound.CallLog;
import com.converge.callqueue.application.port.outbound.DoNotCallList;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.application.port.outbound.ScoreHistory;
import com.converge.callqueue.domain.Callback;
import com.converge.callqueue.domain.CallingRules;
import com.converge.callqueue.domain.ComplaintCallbackPolicy;
import com.converge.callqueue.domain.EntryContext;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;

/** Runs inside the inbox's transaction, so the entry and the handled event id commit together. */
public class ReactToComplaintService implements ReactToComplaintUseCase {

    private final QueueAdmission admission;
    private final TimeSource clock;

    public ReactToComplaintService(QueueEntries entries, ScoreHistory history, DoNotCallList doNotCall, CallLog callLog,
                                   CallingRules rules, TimeSource clock) {
        this.admission = new QueueAdmission(entries, history, doNotCall, callLog, rules);
        this.clock = clock;
    }

    @Override
    public Uni<Void> complaintRaised(ComplaintRaisedCommand command) {
        if (!ComplaintCallbackPolicy.needsCallback(command.priority())) {
            return Uni.createFrom().voidItem();
        }
        var now = clock.now();
        return admission.admit(command.customerId(), QueueName.OUTSTANDING_REQUESTS,
                EntryContext.complaint(command.complaintId()),
                Callback.byAnyone(now, command.priority() + " complaint " + command.complaintId()), now);
    }

    @Override
    public Uni<Void> attentionNeeded(AttentionNeededCommand command) {
        var now = clock.now();
        return admission.admit(command.customerId(), QueueName.OUTSTANDING_REQUESTS, command.context(),
                Callback.byAnyone(now, command.reason()), now);
    }
}
