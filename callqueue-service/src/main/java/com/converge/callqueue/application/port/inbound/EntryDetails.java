package com.converge.callqueue.application.port.inbound;

import com.converge.callqueue.domain.ScoreChange;
import java.util.List;

public record EntryDetails(QueueEntryView view, List<ScoreChange> scoreHistory) {
}
