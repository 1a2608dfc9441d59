package com.converge.order.application.port.inbound;

import io.smallrye.mutiny.Uni;

public interface ExpireReservationsUseCase {

    /** Releases holds that are due and cancels their orders ("reservation expired"); returns how many. */
    Uni<Integer> expireDue();
}
