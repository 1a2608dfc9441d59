package com.converge.order.adapter.inbound.rest;

import com.converge.kernel.problem.Problem;
import com.converge.order.domain.InsufficientStockException;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A 409 problem that says, per SKU, how many were wanted and how many are available (RFC 9457 extension member). */
public class StockShortageMapper {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ShortageProblem(String type, String title, int status, String detail, String instance,
                                  List<ShortageResponse> shortages) {
    }

    public record ShortageResponse(String sku, int requested, int available) {
    }

    @ServerExceptionMapper
    public Response insufficientStock(InsufficientStockException e, UriInfo uri) {
        List<ShortageResponse> shortages = e.shortages().stream()
                .map(s -> new ShortageResponse(s.sku(), s.requested(), s.available())).toList();
        return Response.status(409).type(Problem.MEDIA_TYPE)
                .entity(new ShortageProblem(Problem.TYPE_PREFIX + e.kind(), "Not enough stock", 409, e.getMessage(),
                        uri.getPath(), shortages))
                .build();
    }
}
