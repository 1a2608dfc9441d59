package com.converge.callqueue.application.port.outbound;

import com.converge.callqueue.domain.Conversion;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

public interface Conversions {

    Uni<Void> add(Conversion conversion);

    /** The conversion of a booking or order, locked until the transaction ends. */
    Uni<Optional<Conversion>> lockByReference(String conversionType, String referenceId);

    Uni<Void> markClawedBack(Conversion conversion);
}
