package com.converge.order.adapter.inbound.scheduling;

import com.converge.order.application.port.inbound.ExpireReservationsUseCase;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Releases expired reservations on every replica; the claimed rows keep two sweeps from doing the same one. */
@ApplicationScoped
public class ReservationSweeper {

    private static final Logger LOG = Logger.getLogger(ReservationSweeper.class);

    private final ExpireReservationsUseCase expireReservations;

    ReservationSweeper(ExpireReservationsUseCase expireReservations) {
        this.expireReservations = expireReservations;
    }

    @Scheduled(every = "${converge.order.reservation-sweep}", delayed = "${converge.scheduler.start-delay:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return expireReservations.expireDue()
                .invoke(expired -> {
                    if (expired > 0) {
                        LOG.infof("released %d expired reservations", expired);
                    }
                })
                .onFailure().invoke(failure -> LOG.warnf("reservation sweep failed, the next one retries: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
