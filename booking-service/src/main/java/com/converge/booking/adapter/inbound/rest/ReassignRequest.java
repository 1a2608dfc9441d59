package com.converge.booking.adapter.inbound.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReassignRequest(@Schema(description = "The provider to give it to; leave out for the best other one") String providerId) {
}
