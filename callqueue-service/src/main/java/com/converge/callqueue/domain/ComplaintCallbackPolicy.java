package com.converge.callqueue.domain;

import java.util.Set;

/** Which complaints the call centre calls back at once: high and critical ones. */
public final class ComplaintCallbackPolicy {

    private static final Set<String> URGENT = Set.of("high", "critical");

    private ComplaintCallbackPolicy() {
    }

    public static boolean needsCallback(String priority) {
        return priority != null && URGENT.contains(priority);
    }
}
