package com.converge.order.adapter.inbound.scheduling;

import com.converge.order.application.port.inbound.ExpireReservationsUseCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Releases expired reservations on every replica; the claimed rows keep two sweeps from doing the same one. */
@ApplicationScoped
public class ReservationSweeper {

    private static final Logger LOG = Logger.getLogger(ReservationSweeper.class);

    private final ExpireReservationsUseCase expireReservations;
    private final Counter expiries;

    ReservationSweeper(ExpireReservationsUseCase expireReservations, MeterRegistry metrics) {
        this.expireReservations = expireReservations;
        this.expiries = Counter.builder("converge.reservations.expired")
                .description("Reservations that expired and cancelled their unconfirmed order")
                .register(metrics);
    }

    @Scheduled(every = "${converge.order.reservation-sweep}", delayed = "${converge.scheduler.start-delay:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return expireReservations.expireDue()
                .invoke(expired -> {
                    expiries.increment(expired);
                    if (expired > 0) {
                        LOG.infof("released %d expired reservations", expired);
                    }
                })
                .onFailure().invoke(failure -> LOG.warnf("reservation sweep failed, the next one retries: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
