package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.RequestOrderVerificationUseCase;
import com.converge.callqueue.application.port.outbound.CallLog;
import com.converge.callqueue.application.port.outbound.DoNotCallList;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.application.port.outbound.ScoreHistory;
import com.converge.callqueue.domain.CallingRules;
import com.converge.callqueue.domain.EntryContext;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;

/** A verification call waits in its score order (no callback): it is called as soon as it is the first. */
public class RequestOrderVerificationService implements RequestOrderVerificationUseCase {

    private final QueueAdmission admission;
    private final TimeSource clock;

    public RequestOrderVerificationService(QueueEntries entries, ScoreHistory history, DoNotCallList doNotCall,
                                           CallLog callLog, CallingRules rules, TimeSource clock) {
        this.admission = new QueueAdmission(entries, history, doNotCall, callLog, rules);
        this.clock = clock;
    }

    @Override
    public Uni<Void> verificationRequested(VerificationRequest request) {
        return admission.admit(request.customerId(), QueueName.OUTSTANDING_REQUESTS,
                EntryContext.orderVerification(request.orderId()), null, clock.now());
    }
}
