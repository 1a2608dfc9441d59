package com.converge.order.config;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.time.ZoneId;

@ConfigMapping(prefix = "converge.order")
public interface OrderConfig {

    Duration reservationTtl();

    Duration verificationHold();

    /** How often the sweeper looks for expired reservations (a Quarkus scheduler interval such as 5s). */
    String reservationSweep();

    Duration returnWindow();

    int trustedBuyerMinDelivered();

    ZoneId businessZone();
}
