package com.converge.kernel.domain;

import java.time.Instant;

/** The clock as a port: domain and application code ask it for the time, so tests can move it. */
@FunctionalInterface
public interface TimeSource {

    Instant now();
}
