package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.FindComplaintUseCase;
import com.converge.complaint.domain.ComplaintDetails;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.ComplaintId;
import io.smallrye.mutiny.Uni;

public class FindComplaintService implements FindComplaintUseCase {

    private final ComplaintStore store;

    public FindComplaintService(ComplaintStore store) {
        this.store = store;
    }

    @Override
    public Uni<ComplaintDetails> find(ComplaintId id, Caller caller) {
        return store.unitOfWork().reading(() -> store.visible(id, caller)
                .chain(complaint -> store.details(complaint, caller, store.now())));
    }
}
