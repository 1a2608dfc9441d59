package com.converge.callqueue.application.port.inbound;

import com.converge.callqueue.domain.CallRecord;
import com.converge.callqueue.domain.QueueEntry;
import com.converge.callqueue.domain.ScoreChange;

public record RecordedCall(CallRecord call, QueueEntry entry, ScoreChange scoreChange) {
}
