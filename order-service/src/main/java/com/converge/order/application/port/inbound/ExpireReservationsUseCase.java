package com.converge.order.application.port.inbound;

import io.smallrye.mutiny.Uni;

public interface ExpireReservationsUseCase {

    /** Releases holds that are due and cancels their orders ("reservation expired"); returns how many expired (not the holds merely released or left for the next sweep). */
    Uni<Integer> expireDue();
}
