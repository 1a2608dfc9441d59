package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.AssignComplaintCommand;
import com.converge.complaint.application.port.inbound.AssignComplaintUseCase;
import com.converge.complaint.application.port.inbound.ChangeComplaintStatusCommand;
import com.converge.complaint.application.port.inbound.ChangeComplaintStatusUseCase;
import com.converge.complaint.application.port.inbound.ChangePriorityCommand;
import com.converge.complaint.application.port.inbound.ChangePriorityUseCase;
import com.converge.complaint.application.port.inbound.RateComplaintCommand;
import com.converge.complaint.application.port.inbound.RateComplaintUseCase;
import com.converge.complaint.application.port.inbound.ReopenComplaintCommand;
import com.converge.complaint.application.port.inbound.ResolveComplaintCommand;
import com.converge.complaint.application.port.inbound.ResolveComplaintUseCase;
import com.converge.complaint.domain.ComplaintDetails;
import io.smallrye.mutiny.Uni;

/** Support's moves on a complaint: each is one domain command through the {@link ComplaintStore} cycle. */
public class ComplaintWorkflowService implements AssignComplaintUseCase, ChangeComplaintStatusUseCase,
        ChangePriorityUseCase, ResolveComplaintUseCase, RateComplaintUseCase {

    private final ComplaintStore store;

    public ComplaintWorkflowService(ComplaintStore store) {
        this.store = store;
    }

    @Override
    public Uni<ComplaintDetails> assign(AssignComplaintCommand command) {
        return store.change(command.complaintId(), command.caller(),
                (complaint, now) -> complaint.assign(command.assignee(), command.caller().subject(), now));
    }

    @Override
    public Uni<ComplaintDetails> changeStatus(ChangeComplaintStatusCommand command) {
        return store.change(command.complaintId(), command.caller(),
                (complaint, now) -> complaint.changeStatus(command.status(), command.reason(), command.caller().subject(), now));
    }

    @Override
    public Uni<ComplaintDetails> reopen(ReopenComplaintCommand command) {
        return store.change(command.complaintId(), command.caller(),
                (complaint, now) -> complaint.reopen(command.caller().subject(), now));
    }

    @Override
    public Uni<ComplaintDetails> changePriority(ChangePriorityCommand command) {
        return store.change(command.complaintId(), command.caller(),
                (complaint, now) -> complaint.changePriority(command.priority(), command.caller().subject(), now));
    }

    @Override
    public Uni<ComplaintDetails> rate(RateComplaintCommand command) {
        return store.change(command.complaintId(), command.caller(),
                (complaint, now) -> complaint.rate(command.rating(), command.comment(), command.caller().subject(), now));
    }

    @Override
    public Uni<ComplaintDetails> resolve(ResolveComplaintCommand command) {
        return store.change(command.complaintId(), command.caller(),
                (complaint, now) -> complaint.resolve(command.summary(), command.compensationAmount(), command.caller().subject(), now));
    }
}
