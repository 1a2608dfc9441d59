package com.converge.kernel.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.shutdown.ShutdownListener;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PromptShutdownTest {

    private final AtomicInteger reported = new AtomicInteger();

    @Test
    void aListenerThatNeverReportsDoneIsReportedDoneOnceItReturns() {
        AtomicInteger cleared = new AtomicInteger();
        ShutdownListener silent = new ShutdownListener() {
            @Override
            public void shutdown(ShutdownNotification notification) {
                cleared.incrementAndGet();
            }
        };

        new PromptShutdown.ReportsDone(silent).shutdown(reported::incrementAndGet);

        assertThat(cleared).hasValue(1);
        assertThat(reported).hasValue(1);
    }

    @Test
    void aListenerThatReportsDoneItselfIsNotReportedTwice() {
        ShutdownListener polite = new ShutdownListener() {
            @Override
            public void shutdown(ShutdownNotification notification) {
                notification.done();
            }
        };

        new PromptShutdown.ReportsDone(polite).shutdown(reported::incrementAndGet);

        assertThat(reported).hasValue(1);
    }

    @Test
    void aListenerThatFailsIsStillReportedDone() {
        ShutdownListener failing = new ShutdownListener() {
            @Override
            public void shutdown(ShutdownNotification notification) {
                throw new IllegalStateException("cache already gone");
            }
        };

        try {
            new PromptShutdown.ReportsDone(failing).shutdown(reported::incrementAndGet);
        } catch (IllegalStateException expected) {
            // the failure is the delegate's to report; the shutdown must not wait for it
        }

        assertThat(reported).hasValue(1);
    }
}
