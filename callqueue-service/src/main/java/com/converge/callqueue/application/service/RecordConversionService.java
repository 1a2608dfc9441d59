package com.converge.callqueue.application.service;

import com.converge.callqueue.application.port.inbound.RecordConversionUseCase;
import com.converge.callqueue.application.port.outbound.CallLog;
import com.converge.callqueue.application.port.outbound.CallQueueEvents;
import com.converge.callqueue.application.port.outbound.Conversions;
import com.converge.callqueue.application.port.outbound.QueueEntries;
import com.converge.callqueue.domain.CommissionSplit;
import com.converge.callqueue.domain.Conversion;
import com.converge.callqueue.domain.QueueName;
import com.converge.kernel.domain.TimeSource;
import com.converge.kernel.domain.UuidV7;
import io.smallrye.mutiny.Uni;

/** Runs inside the inbox's transaction: the conversion, the entry leaving the queue and the event commit together. */
public class RecordConversionService implements RecordConversionUseCase {

    private final QueueEntries entries;
    private final CallLog callLog;
    private final Conversions conversions;
    private final CallQueueEvents events;
    private final CommissionSplit split;
    private final TimeSource clock;

    public RecordConversionService(QueueEntries entries, CallLog callLog, Conversions conversions, CallQueueEvents events,
                                   CommissionSplit split, TimeSource clock) {
        this.entries = entries;
        this.callLog = callLog;
        this.conversions = conversions;
        this.events = events;
        this.split = split;
        this.clock = clock;
    }

    @Override
    public Uni<Void> purchased(Purchase purchase) {
        return entries.lockActive(purchase.customerId(), QueueName.UNSIGNED_USERS).chain(lead -> {
            if (lead.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return callLog.callsTo(purchase.customerId(), purchase.at().minus(Conversion.ATTRIBUTION_WINDOW))
                    .chain(calls -> {
                        Conversion conversion = Conversion.attribute(UuidV7.next(), purchase.customerId(),
                                purchase.conversionType(), purchase.referenceId(), purchase.value(), calls, split,
                                purchase.at());
                        return entries.update(lead.get().converted(clock.now()))
                                .chain(() -> conversions.add(conversion))
                                .chain(() -> events.conversionRecorded(conversion));
                    });
        });
    }

    @Override
    public Uni<Void> purchaseReversed(String conversionType, String referenceId) {
        return conversions.lockByReference(conversionType, referenceId).chain(found -> {
            if (found.isEmpty() || found.get().clawedBack()) {
                return Uni.createFrom().voidItem();
            }
            return conversions.markClawedBack(found.get().clawBack(clock.now()));
        });
    }
}
