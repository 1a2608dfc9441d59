package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.ComplaintDetails;
import io.smallrye.mutiny.Uni;

public interface RateComplaintUseCase {

    /** The customer's CSAT, once, after resolution; publishes CsatRecorded. */
    Uni<ComplaintDetails> rate(RateComplaintCommand command);
}
