package com.converge.order.application.port.outbound;

import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

public interface Refunds {

    /** Records a refund once per {@code source}; false if that source was refunded already. */
    Uni<Boolean> record(OrderId orderId, Money amount, String reason, String source, String by, Instant at);
}
