package com.converge.order.application.port.outbound;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;

/**
 * The day's next order sequence number: unique within the business day and rising, from 1; not
 * gapless (a number taken by an order that is then refused is not handed out again).
 */
public interface OrderNumbers {

    Uni<Integer> next(LocalDate businessDay);
}
