package com.converge.order.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** ORD-YYYYMMDD-NNNNN: the business day and the order's place in it. */
public record OrderNumber(String value) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public static OrderNumber of(LocalDate day, int sequence) {
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalArgumentException("order sequence out of range: " + sequence);
        }
        return new OrderNumber("ORD-" + DAY.format(day) + "-" + String.format("%05d", sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
