package com.converge.order.application.port.outbound;

import io.smallrye.mutiny.Uni;
import java.time.LocalDate;

/** The day's next order sequence number, 1, 2, 3, ... per business day. */
public interface OrderNumbers {

    Uni<Integer> next(LocalDate businessDay);
}
