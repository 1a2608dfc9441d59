package com.converge.order.adapter.inbound.rest;

import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.domain.TimeSource;
import com.converge.kernel.problem.RequestParameters;
import com.converge.kernel.security.CurrentCaller;
import com.converge.order.application.port.inbound.ReviewProductsUseCase;
import com.converge.order.domain.Review;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/products/{productId}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews")
public class ReviewResource {

    private final ReviewProductsUseCase reviews;
    private final CurrentCaller caller;
    private final TimeSource clock;

    ReviewResource(ReviewProductsUseCase reviews, CurrentCaller caller, TimeSource clock) {
        this.reviews = reviews;
        this.caller = caller;
        this.clock = clock;
    }

    public record ReviewRequest(@Schema(required = true, description = "1 to 5", example = "5") int rating,
                                @Schema(description = "up to 2000 characters", example = "Battery lasts a full day and the camera is excellent in daylight.")
                                String text) {
    }

    public record ReviewResponse(@Schema(example = "42") long customerId,
                                 @Schema(example = "5") int rating,
                                 @Schema(example = "Battery lasts a full day and the camera is excellent in daylight.") String text,
                                 @Schema(example = "2026-11-10T14:05:27.902311Z") Instant createdAt) {

        static ReviewResponse of(Review r) {
            return new ReviewResponse(r.customerId().value(), r.rating(), r.text(), r.createdAt());
        }
    }

    public record ProductReviewsResponse(@Schema(description = "two decimals; 0.00 without reviews", example = "4.33") BigDecimal averageRating,
                                         @Schema(example = "18") int ratingCount,
                                         List<ReviewResponse> reviews) {
    }

    @POST
    @RolesAllowed(Role.CUSTOMER_NAME)
    @Operation(summary = "Review a product you received", description = "Role: CUSTOMER with a delivered order of the "
            + "product (else 422); once per product (409). rating 1 to 5.")
    @APIResponseSchema(value = ReviewResponse.class, responseCode = "201", responseDescription = "Reviewed")
    public Uni<Response> review(@PathParam("productId") String productId, @NotNull ReviewRequest request) {
        Review review = new Review(CatalogResource.uuid("productId", productId), caller.get().customerId(), request.rating(),
                request.text(), clock.now());
        return reviews.review(review).map(r -> Response.status(201).entity(ReviewResponse.of(r)).build());
    }

    @GET
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.AGENT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A product's rating and its reviews, newest first", description = "Any role.")
    public Uni<ProductReviewsResponse> list(@PathParam("productId") String productId, @QueryParam("limit") String limit) {
        int size = RequestParameters.integer("limit", limit, 20);
        if (size < 1 || size > 100) {
            throw new InvalidValueException("limit", "is between 1 and 100");
        }
        return reviews.reviews(CatalogResource.uuid("productId", productId), size).map(found -> new ProductReviewsResponse(
                found.rating().average(), found.rating().count(), found.reviews().stream().map(ReviewResponse::of).toList()));
    }
}
