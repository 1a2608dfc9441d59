package com.converge.callqueue.application.port.outbound;

import com.converge.callqueue.domain.CallRecord;
import com.converge.kernel.domain.CustomerId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public interface CallLog {

    /** Keeps the call and counts it as an attempt on the customer's {@code day}; the day's attempts so far, this one included. */
    Uni<Integer> record(CallRecord call, LocalDate day);

    /** The customer's attempts counted on their {@code day} so far. */
    Uni<Integer> attemptsOn(CustomerId customerId, LocalDate day);

    Uni<List<CallRecord>> callsTo(CustomerId customerId, Instant since);
}
