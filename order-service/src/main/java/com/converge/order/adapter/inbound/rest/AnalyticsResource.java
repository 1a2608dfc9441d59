package com.converge.order.adapter.inbound.rest;

import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.problem.RequestParameters;
import com.converge.order.application.port.inbound.ShopAnalyticsUseCase;
import com.converge.order.application.port.inbound.ShopAnalyticsUseCase.CustomerStanding;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Analytics")
public class AnalyticsResource {

    private final ShopAnalyticsUseCase analytics;

    AnalyticsResource(ShopAnalyticsUseCase analytics) {
        this.analytics = analytics;
    }

    public record DailyResponse(@Schema(description = "the business day (Asia/Kolkata)", example = "2026-11-05") LocalDate day,
                                @Schema(description = "orders placed that day", example = "128") int orders,
                                @Schema(description = "of the orders not cancelled, net of refunds", example = "1845230.00") BigDecimal revenue,
                                @Schema(description = "revenue over the orders not cancelled", example = "15124.84") BigDecimal averageOrderValue,
                                @Schema(example = "6") int cancellations,
                                @Schema(example = "2") int returns) {
    }

    public record CustomerValueResponse(@Schema(example = "42") long customerId,
                                        @Schema(description = "orders not cancelled", example = "7") int totalOrders,
                                        @Schema(example = "112450.00") BigDecimal totalSpent,
                                        @Schema(example = "2026-11-05T05:30:00.123456Z") Instant lastOrderAt,
                                        @Schema(example = "15") long daysSinceLastOrder,
                                        @Schema(description = "by lifetime spend: bronze, silver from 10000.00, gold from "
                                                + "50000.00, platinum from 100000.00", example = "platinum") String tier,
                                        @Schema(description = "by days since the last order: active up to 30, at_risk up to 90, "
                                                + "churned after", example = "active") String status) {

        static CustomerValueResponse of(CustomerStanding s) {
            return new CustomerValueResponse(s.value().customerId().value(), s.value().orders(), s.value().spent().amount(),
                    s.value().lastOrderAt(), s.daysSinceLastOrder(), s.tier().wireName(), s.status().wireName());
        }
    }

    @GET
    @Path("/daily")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPPORT_NAME})
    @Operation(summary = "Orders, revenue, average order value, cancellations and returns per business day",
            description = "Roles: ADMIN, SUPPORT. from and to are dates (YYYY-MM-DD); default the last 30 days.")
    public Uni<List<DailyResponse>> daily(@QueryParam("from") @Parameter(description = "First business day, inclusive (default 30 days ago)", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-11-01") String from,
                                          @QueryParam("to") @Parameter(description = "Last business day, inclusive (default today)", schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-11-30") String to) {
        return analytics.daily(date("from", from), date("to", to)).map(days -> days.stream()
                .map(d -> new DailyResponse(d.day(), d.orders(), d.revenue().amount(), d.averageOrderValue().amount(),
                        d.cancellations(), d.returns()))
                .toList());
    }

    @GET
    @Path("/customers/{customerId}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPPORT_NAME})
    @Operation(summary = "A customer's lifetime value, tier and status", description = "Roles: ADMIN, SUPPORT.")
    public Uni<CustomerValueResponse> customer(@PathParam("customerId") String customerId) {
        return analytics.customer(CustomerId.of(customerId)).map(CustomerValueResponse::of);
    }

    @GET
    @Path("/customers")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPPORT_NAME})
    @Operation(summary = "The customers who spent most", description = "Roles: ADMIN, SUPPORT.")
    public Uni<List<CustomerValueResponse>> topCustomers(@QueryParam("limit") String limit) {
        int size = RequestParameters.integer("limit", limit, 20);
        if (size < 1 || size > 100) {
            throw new InvalidValueException("limit", "is between 1 and 100");
        }
        return analytics.topCustomers(size).map(list -> list.stream().map(CustomerValueResponse::of).toList());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, "is a date like 2026-11-20: " + value);
        }
    }
}
