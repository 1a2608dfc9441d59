package com.converge.complaint.application.port.inbound;

import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;

/** {@code trendDays}: how many days of daily scores to return, 1..365. */
public record CustomerHealthQuery(CustomerId customerId, int trendDays, Caller caller) {

    public static final int MAX_TREND_DAYS = 365;

    public CustomerHealthQuery {
        Commands.require(customerId, "customerId");
        if (trendDays < 1 || trendDays > MAX_TREND_DAYS) {
            throw new InvalidValueException("trendDays", "must be between 1 and " + MAX_TREND_DAYS);
        }
        Commands.require(caller, "caller");
    }
}
