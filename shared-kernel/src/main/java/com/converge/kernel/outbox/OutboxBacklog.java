package com.converge.kernel.outbox;

import java.time.Instant;

/** Outbox rows waiting to be published, and when the oldest of them was written (null when none). */
public record OutboxBacklog(long pending, Instant oldestOccurredAt) {
}
