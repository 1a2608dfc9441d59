package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.order.application.port.inbound.ReviewProductsUseCase;
import com.converge.order.application.port.outbound.Reviews;
import com.converge.order.domain.Review;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

public class ReviewProductsService implements ReviewProductsUseCase {

    private final UnitOfWork unitOfWork;
    private final Reviews reviews;

    public ReviewProductsService(UnitOfWork unitOfWork, Reviews reviews) {
        this.unitOfWork = unitOfWork;
        this.reviews = reviews;
    }

    @Override
    public Uni<Review> review(Review review) {
        return unitOfWork.transactionally(() -> reviews.received(review.customerId(), review.productId())
                .invoke(received -> {
                    if (!received) {
                        throw new BusinessRuleViolation("productId", "only a buyer who received this product may review it");
                    }
                })
                .chain(() -> reviews.add(review))
                .invoke(added -> {
                    if (!added) {
                        throw new ConflictException("already-reviewed", "you have reviewed this product already");
                    }
                })
                .replaceWith(review));
    }

    @Override
    public Uni<ProductReviews> reviews(UUID productId, int limit) {
        return unitOfWork.reading(() -> reviews.rating(productId)
                .chain(rating -> reviews.of(productId, limit).map(list -> new ProductReviews(rating, list))));
    }
}
