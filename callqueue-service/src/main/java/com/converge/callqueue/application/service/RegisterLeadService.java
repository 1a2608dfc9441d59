package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.RegisterLeadUseCase;
import com.converge.callqueue.application.port.outbound.CallLog;
import com.converge.callqueue.application.port.outbound.DoNotCallList;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.application.port.outbound.ScoreHistory;
import com.converge.callqueue.domain.CallingRules;
import com.converge.callqueue.domain.EntryContext;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;

public class RegisterLeadService implements RegisterLeadUseCase {

    private final QueueAdmission admission;
    private final TimeSource clock;

    public RegisterLeadService(QueueEntries entries, ScoreHistory history, DoNotCallList doNotCall, CallLog callLog,
                               CallingRules rules, TimeSource clock) {
        this.admission = new QueueAdmission(entries, history, doNotCall, callLog, rules);
        this.clock = clock;
    }

    @Override
    public Uni<Void> customerRegistered(CustomerId customerId) {
        return admission.admit(customerId, QueueName.UNSIGNED_USERS, EntryContext.registration(), null, clock.now());
    }
}
