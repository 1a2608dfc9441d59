package com.converge.order.application.port.outbound;

import com.converge.kernel.domain.CustomerId;
import com.converge.order.domain.Review;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

public interface Reviews {

    /** True if the customer has a delivered order with a variant of the product. */
    Uni<Boolean> received(CustomerId customerId, UUID productId);

    /** Stores the review; false if this customer already reviewed the product. */
    Uni<Boolean> add(Review review);

    /** The product's reviews, newest first. */
    Uni<List<Review>> of(UUID productId, int limit);

    Uni<Rating> rating(UUID productId);

    /** The average of all ratings (two decimals) and how many there are. */
    record Rating(BigDecimal average, int count) {
    }
}
