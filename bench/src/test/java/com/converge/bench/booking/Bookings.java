package com.converge.bench.booking;

import com.converge.bench.Database;
import com.converge.bench.Scenario;
import com.converge.bench.Settings;

/** booking-service on the local stack and its database. */
final class Bookings {

    static final Database DB = new Database(Settings.get("BOOKING_DATABASE", "booking"));
    static final Scenario.Service SERVICE = new Scenario.Service("booking-service", "BOOKING_PORT", 8081);

    private Bookings() {
    }
}
