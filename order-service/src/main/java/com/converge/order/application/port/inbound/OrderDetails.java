package com.converge.order.application.port.inbound;

import com.converge.order.domain.Order;
import com.converge.order.domain.StatusChange;
import java.time.Instant;
import java.util.List;

/** An order with its history and, while it is pending, when its stock hold expires. */
public record OrderDetails(Order order, List<StatusChange> history, Instant reservationExpiresAt) {
}
