package com.converge.complaint.application.port.outbound;

import com.converge.complaint.domain.Complaint;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;
import java.util.Optional;

public interface ComplaintRepository {

    Uni<Void> add(Complaint complaint);

    Uni<Optional<Complaint>> findById(ComplaintId id);
}
