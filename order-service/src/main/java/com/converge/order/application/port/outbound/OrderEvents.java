package com.converge.order.application.port.outbound;

import com.converge.kernel.domain.Money;
import com.converge.order.domain.Order;
import com.converge.order.domain.StockChange;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/** The integration events order-service publishes; written in the caller's transaction. */
public interface OrderEvents {

    Uni<Void> placed(Order order);

    Uni<Void> verificationRequested(Order order);

    Uni<Void> confirmed(Order order, String by, Instant at);

    Uni<Void> cancelled(Order order, String by, Money refund, Instant at);

    Uni<Void> shipped(Order order, Instant at);

    Uni<Void> delivered(Order order, Instant at);

    Uni<Void> returned(Order order, String reason, Money refund, Instant at);

    Uni<Void> reservationExpired(Order order, Instant at);

    /** StockLow for each change that crossed its variant's threshold. */
    Uni<Void> stockChanged(List<StockChange> changes, Instant at);
}
