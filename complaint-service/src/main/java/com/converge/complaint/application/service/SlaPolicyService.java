package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.ManageSlaPoliciesUseCase;
import com.converge.complaint.application.port.inbound.SaveSlaPolicyCommand;
import com.converge.complaint.application.port.outbound.SlaPolicies;
import com.converge.complaint.domain.SlaPolicy;
import com.converge.kernel.application.UnitOfWork;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class SlaPolicyService implements ManageSlaPoliciesUseCase {

    private final UnitOfWork unitOfWork;
    private final SlaPolicies policies;

    public SlaPolicyService(UnitOfWork unitOfWork, SlaPolicies policies) {
        this.unitOfWork = unitOfWork;
        this.policies = policies;
    }

    @Override
    public Uni<SlaPolicy> save(SaveSlaPolicyCommand command) {
        return unitOfWork.transactionally(() -> policies.save(command.policy())).replaceWith(command.policy());
    }

    @Override
    public Uni<List<SlaPolicy>> all() {
        return unitOfWork.reading(policies::all).map(stored -> {
            List<SlaPolicy> ordered = new ArrayList<>(stored);
            ordered.sort(Comparator.comparingInt(SlaPolicy::position));
            ordered.add(SlaPolicy.DEFAULT);
            return ordered;
        });
    }
}
