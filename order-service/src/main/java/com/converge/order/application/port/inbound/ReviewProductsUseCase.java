package com.converge.order.application.port.inbound;

import com.converge.order.application.port.outbound.Reviews.Rating;
import com.converge.order.domain.Review;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.UUID;

public interface ReviewProductsUseCase {

    /** Only a buyer with a delivered order of the product (422), once (409). */
    Uni<Review> review(Review review);

    Uni<ProductReviews> reviews(UUID productId, int limit);

    record ProductReviews(Rating rating, List<Review> reviews) {
    }
}
