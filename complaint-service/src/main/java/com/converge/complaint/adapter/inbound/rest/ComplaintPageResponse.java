package com.converge.complaint.adapter.inbound.rest;

import java.util.List;

/** One page; pass {@code nextCursor} back as {@code cursor} for the next (null on the last page). */
public record ComplaintPageResponse(List<ComplaintResponse> items, String nextCursor) {
}
