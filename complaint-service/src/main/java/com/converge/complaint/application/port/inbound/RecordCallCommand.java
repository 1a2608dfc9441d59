package com.converge.complaint.application.port.inbound;

import com.converge.complaint.domain.SupportCall;

public record RecordCallCommand(SupportCall call) {

    public RecordCallCommand {
        Commands.require(call, "call");
    }
}
