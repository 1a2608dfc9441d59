package com.converge.kernel.lifecycle;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.shutdown.ShutdownListener;
import io.quarkus.runtime.shutdown.ShutdownRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Lets a service stop as soon as its requests are drained instead of after the whole
 * {@code quarkus.shutdown.timeout}.
 *
 * <p>quarkus-jackson 3.30 registers a shutdown listener (it clears Jackson's type cache) that never
 * reports that it is done, so every stop waited the full timeout and logged "Timed out waiting for
 * graceful shutdown" even when nothing was in flight. This wraps that listener so it reports done
 * once it has returned. If a later Quarkus reports done itself, the wrapper does not report twice;
 * if the listener is gone or renamed, nothing is changed.
 */
@ApplicationScoped
public class PromptShutdown {

    private static final Logger LOG = Logger.getLogger(PromptShutdown.class);
    private static final String JACKSON_LISTENER_PREFIX = "io.quarkus.jackson.runtime.JacksonRecorder$";

    void repairListeners(@Observes StartupEvent event) {
        try {
            Field field = ShutdownRecorder.class.getDeclaredField("shutdownListeners");
            field.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<ShutdownListener> listeners = (List<ShutdownListener>) field.get(null);
            if (listeners != null && listeners.stream().anyMatch(PromptShutdown::neverReportsDone)) {
                field.set(null, listeners.stream()
                        .map(listener -> neverReportsDone(listener) ? new ReportsDone(listener) : listener)
                        .toList());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debugf(e, "shutdown listeners left as they are");
        }
    }

    private static boolean neverReportsDone(ShutdownListener listener) {
        return listener.getClass().getName().startsWith(JACKSON_LISTENER_PREFIX);
    }

    /** Delegates, then reports done unless the delegate already did. */
    record ReportsDone(ShutdownListener delegate) implements ShutdownListener {

        @Override
        public void preShutdown(ShutdownNotification notification) {
            delegate.preShutdown(notification);
        }

        @Override
        public void shutdown(ShutdownNotification notification) {
            AtomicBoolean reported = new AtomicBoolean();
            try {
                delegate.shutdown(() -> {
                    if (reported.compareAndSet(false, true)) {
                        notification.done();
                    }
                });
            } finally {
                if (reported.compareAndSet(false, true)) {
                    notification.done();
                }
            }
        }
    }
}
