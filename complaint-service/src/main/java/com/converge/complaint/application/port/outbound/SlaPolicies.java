package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.SlaPolicy;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** The SLA policies support administrators keep; the built-in default is not stored. */
public interface SlaPolicies {

    Uni<List<SlaPolicy>> all();

    Uni<Void> save(SlaPolicy policy);
}
