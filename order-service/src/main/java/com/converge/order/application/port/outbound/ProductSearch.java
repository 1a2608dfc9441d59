package com.converge.order.application.port.outbound;

import java.time.Instant;
import java.util.UUID;

/** Filters of a catalog search, each optional; {@code afterCreatedAt}/{@code afterId} are the keyset cursor. */
public record ProductSearch(String text, Long categoryId, Long brandId, boolean activeOnly, Instant afterCreatedAt, UUID afterId) {
}
