package com.converge.order.application.service;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How long a pending order holds its stock (longer while it waits for a verification call), how long
 * after delivery a return is accepted, and the zone whose calendar day numbers orders.
 */
public record OrderSettings(Duration reservationTtl, Duration verificationHold, Duration returnWindow, ZoneId businessZone) {

    public OrderSettings {
        Objects.requireNonNull(reservationTtl, "reservationTtl");
        Objects.requireNonNull(verificationHold, "verificationHold");
        Objects.requireNonNull(returnWindow, "returnWindow");
        Objects.requireNonNull(businessZone, "businessZone");
    }
}
