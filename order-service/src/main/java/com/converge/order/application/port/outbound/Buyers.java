package com.converge.order.application.port.outbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.OrderId;
import com.converge.order.domain.BuyerRecord;
import com.converge.order.domain.Verification;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;

/** Buyers' delivery records and the verification calls about their orders. */
public interface Buyers {

    Uni<BuyerRecord> record(CustomerId customerId);

    Uni<Void> delivered(CustomerId customerId);

    Uni<Void> refusedDelivery(CustomerId customerId);

    Uni<Void> verificationRequested(OrderId orderId, CustomerId customerId, Instant at);

    Uni<Void> verificationCompleted(OrderId orderId, Verification outcome, String agentId, String reason, Instant at);

    Uni<List<VerificationEntry>> verifications(CustomerId customerId);

    record VerificationEntry(OrderId orderId, Verification outcome, Instant requestedAt, Instant completedAt,
                             String agentId, String reason) {
    }
}
