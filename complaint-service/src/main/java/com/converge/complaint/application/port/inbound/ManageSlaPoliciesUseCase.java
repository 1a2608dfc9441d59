package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.SlaPolicy;
import io.smallrye.mutiny.Uni;
import java.util.List;

public interface ManageSlaPoliciesUseCase {

    /** Creates or replaces a policy; complaints raised from now on are matched against it. */
    Uni<SlaPolicy> save(SaveSlaPolicyCommand command);

    /** The stored policies in matching order, then the built-in default. */
    Uni<List<SlaPolicy>> all();
}
