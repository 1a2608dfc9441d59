package com.converge.callqueue.application.port.inbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import io.smallrye.mutiny.Uni;

public interface RequestOrderVerificationUseCase {

    /** A verification call in {@code outstanding_requests} with the order as its context. */
    Uni<Void> verificationRequested(VerificationRequest request);

    record VerificationRequest(CustomerId customerId, String orderId, String orderNumber) {

        public VerificationRequest {
            if (customerId == null) {
                throw new InvalidValueException("customerId", "is required");
            }
            if (orderId == null || orderId.isBlank()) {
                throw new InvalidValueException("orderId", "is required");
            }
        }
    }
}
