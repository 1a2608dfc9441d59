package com.converge.kernel.time;

import com.converge.kernel.domain.TimeSource;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The system clock, to the microsecond: what MariaDB's DATETIME(6) keeps, so a stored time reads back equal. */
@DefaultBean
@ApplicationScoped
public class SystemTimeSource implements TimeSource {

    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
