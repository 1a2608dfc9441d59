package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.SlaPolicy;
import com.converge.kernel.domain.InvalidValueException;

public record SaveSlaPolicyCommand(SlaPolicy policy) {

    public SaveSlaPolicyCommand {
        Commands.require(policy, "policy");
        if (SlaPolicy.DEFAULT_ID.equals(policy.id())) {
            throw new InvalidValueException("id", "the default policy is built in");
        }
        if (!policy.id().matches("[a-z0-9][a-z0-9-]{0,49}")) {
            throw new InvalidValueException("id", "lower-case letters, digits and dashes, at most 50");
        }
    }
}
