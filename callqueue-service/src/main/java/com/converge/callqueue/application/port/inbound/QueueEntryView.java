package com.converge.callqueue.application.port.inbound;

import com.converge.callqueue.domain.QueueEntry;

/** An entry with its position: its place in arrival order, assigned when it was stored. */
public record QueueEntryView(QueueEntry entry, long position) {
}
