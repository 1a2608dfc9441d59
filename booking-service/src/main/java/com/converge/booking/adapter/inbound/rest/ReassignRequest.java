package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReassignRequest(@Schema(description = "The provider to give it to; leave out for the best other one",
        example = "01a139af-6b40-7a4c-9123-b1612dd272d1") String providerId) {
}
