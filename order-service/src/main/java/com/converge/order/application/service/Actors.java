package com.converge.order.application.service;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.Role;
import java.util.Locale;

/** How an order's history names who moved it: {@code customer:42}, {@code admin:ad-1}. */
final class Actors {

    static final String SYSTEM = "system";

    private Actors() {
    }

    static String of(Caller caller) {
        for (Role role : new Role[]{Role.ADMIN, Role.SUPPORT, Role.AGENT, Role.CUSTOMER}) {
            if (caller.is(role)) {
                return role.name().toLowerCase(Locale.ROOT) + ":" + caller.subject();
            }
        }
        return caller.subject();
    }
}
