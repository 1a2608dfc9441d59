package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintDetails;
import com.converge.kernel.application.Page;
import io.smallrye.mutiny.Uni;

public interface ListComplaintsUseCase {

    /** Open complaints by default, filtered, in created order, a page at a time; a customer sees their own only. */
    Uni<Page<ComplaintDetails>> list(ListComplaintsQuery query);
}
