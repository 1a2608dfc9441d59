package com.converge.kernel.testing;

import com.converge.kernel.domain.TimeSource;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock of every service under test: real time plus an offset that a test can move forward,
 * so deadlines and expiries can be reached without waiting.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableTimeSource implements TimeSource {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).plus(offset.get());
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }
}
