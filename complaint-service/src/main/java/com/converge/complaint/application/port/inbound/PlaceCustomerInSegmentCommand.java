package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.CustomerSegment;
import com.converge.kernel.domain.CustomerId;

/** An administrator places a customer in a segment; their complaints raised afterwards are matched to policies by it. */
public record PlaceCustomerInSegmentCommand(CustomerId customer, CustomerSegment segment, String placedBy) {

    public PlaceCustomerInSegmentCommand {
        Commands.require(customer, "customerId");
        Commands.require(segment, "segment");
        Commands.require(placedBy, "placedBy");
    }
}
