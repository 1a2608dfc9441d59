package com.converge.complaint.adapter.inbound.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page; pass {@code nextCursor} back as {@code cursor} for the next (null on the last page). */
public record ComplaintPageResponse(@Schema(required = true) List<ComplaintResponse> items,
                                    @Schema(example = "MjAyNi0xMS0yMFQwNTozMDowMC4xMjM0NTZaHzAxOTM1ZjgwLTRkMWUtN2EyYi05YzNkLTRlNWY2YTdiOGMwMg")
                                    String nextCursor) {
}
