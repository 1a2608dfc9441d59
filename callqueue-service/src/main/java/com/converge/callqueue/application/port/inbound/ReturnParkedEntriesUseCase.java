package com.converge.callqueue.application.port.inbound;

import io.smallrye.mutiny.Uni;

public interface ReturnParkedEntriesUseCase {

    /** Returns every entry whose parking has ended (a customer capped yesterday, say) to claims; how many. */
    Uni<Integer> returnDue();
}
