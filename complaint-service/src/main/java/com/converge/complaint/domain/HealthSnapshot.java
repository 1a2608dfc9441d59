package com.converge.complaint.domain;

import java.time.LocalDate;

/** A customer's last score of a day. */
public record HealthSnapshot(LocalDate day, int score) {
}
