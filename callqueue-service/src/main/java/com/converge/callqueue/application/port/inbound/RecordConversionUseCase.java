package com.converge.callqueue.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Money;
import io.smallrye.mutiny.Uni;
import java.time.Instant;

public interface RecordConversionUseCase {

    /**
     * A customer booked or ordered: a lead still in {@code unsigned_users} converts (attributed to the
     * agents who called them, ConversionRecorded) and leaves the queue; anyone else is ignored.
     */
    Uni<Void> purchased(Purchase purchase);

    /** A cancelled or refunded booking or order claws back the commission of its conversion, if any. */
    Uni<Void> purchaseReversed(String conversionType, String referenceId);

    record Purchase(CustomerId customerId, String conversionType, String referenceId, Money value, Instant at) {

        public Purchase {
            if (customerId == null) {
                throw new InvalidValueException("customerId", "is required");
            }
            if (!"booking".equals(conversionType) && !"order".equals(conversionType)) {
                throw new InvalidValueException("conversionType", "is booking or order");
            }
            if (referenceId == null || referenceId.isBlank()) {
                throw new InvalidValueException("referenceId", "is required");
            }
            if (value == null || value.isNegative()) {
                throw new InvalidValueException("totalAmount", "is required and not negative");
            }
            if (at == null) {
                throw new InvalidValueException("at", "is required");
            }
        }
    }
}
