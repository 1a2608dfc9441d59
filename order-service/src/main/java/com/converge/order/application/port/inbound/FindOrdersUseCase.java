package com.converge.order.application.port.inbound;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.OrderId;
import com.converge.order.application.port.outbound.Buyers.VerificationEntry;
import com.converge.order.domain.Order;
import io.smallrye.mutiny.Uni;
import java.util.List;

public interface FindOrdersUseCase {

    /** The order if the caller may see it; another customer's order does not exist for them. */
    Uni<OrderDetails> find(OrderId id, Caller caller);

    /** The customer's orders, newest first. */
    Uni<List<Order>> ofCustomer(CustomerId customerId, Caller caller, int limit);

    /** Orders staff still have to act on (pending, confirmed, packed), oldest first. */
    Uni<List<OpenOrder>> open(int limit);

    /** An order waiting for staff, how long since it was placed and what has to happen next. */
    record OpenOrder(Order order, long minutesPending, String actionRequired) {
    }

    /** The verification calls about a buyer's orders. */
    Uni<List<VerificationEntry>> verifications(CustomerId customerId);
}
