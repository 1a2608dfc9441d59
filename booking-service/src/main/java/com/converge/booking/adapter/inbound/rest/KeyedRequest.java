package com.converge.booking.adapter.inbound.rest;

/** What an Idempotency-Key's fingerprint covers when the path names the resource: the booking as well as the body. */
record KeyedRequest<T>(String bookingId, T request) {
}
