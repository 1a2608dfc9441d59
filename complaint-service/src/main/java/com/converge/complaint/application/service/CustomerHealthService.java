package com.converge.complaint.application.service;

import com.converge.complaint.application.port.inbound.CustomerHealthQuery;
import com.converge.complaint.application.port.inbound.CustomerHealthReport;
import com.converge.complaint.application.port.inbound.CustomerQuery;
import com.converge.complaint.application.port.inbound.ReadCustomerHealthUseCase;
import com.converge.complaint.application.port.inbound.RefreshCustomerHealthUseCase;
import com.converge.complaint.application.port.inbound.SupportInteractionsQuery;
import com.converge.complaint.application.port.outbound.CustomerHealthEvents;
import com.converge.complaint.application.port.outbound.CustomerHealthRecords;
import com.converge.complaint.application.port.outbound.CustomerHealthRecords.DueCustomer;
import com.converge.complaint.application.port.outbound.CustomerMilestones;
import com.converge.complaint.application.port.outbound.HealthWeightSettings;
import com.converge.complaint.application.port.outbound.SupportInteractions;
import com.converge.complaint.domain.CustomerHealth;
import com.converge.complaint.domain.CustomerMilestone;
import com.converge.complaint.domain.HealthAlertPolicy;
import com.converge.complaint.domain.HealthBand;
import com.converge.complaint.domain.HealthSnapshot;
import com.converge.complaint.domain.HealthWeights;
import com.converge.complaint.domain.SupportInteraction;
import com.converge.kernel.application.Page;
import com.converge.kernel.application.PageCursor;
import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Customer health: reassessed by the refresh pass for customers whose facts changed (marked due in
 * the transaction that changed them) and once a day for everyone, and read on demand.
 */
public class CustomerHealthService implements RefreshCustomerHealthUseCase, ReadCustomerHealthUseCase {

    private final UnitOfWork unitOfWork;
    private final CustomerHealthRecords records;
    private final HealthWeightSettings weights;
    private final CustomerHealthEvents events;
    private final CustomerMilestones milestones;
    private final SupportInteractions interactions;
    private final HealthAlertPolicy alerts;
    private final ZoneId zone;
    private final int batchSize;
    private final TimeSource clock;

    public CustomerHealthService(UnitOfWork unitOfWork, CustomerHealthRecords records, HealthWeightSettings weights,
                                 CustomerHealthEvents events, CustomerMilestones milestones, SupportInteractions interactions,
                                 HealthAlertPolicy alerts, ZoneId zone, int batchSize, TimeSource clock) {
        this.unitOfWork = unitOfWork;
        this.records = records;
        this.weights = weights;
        this.events = events;
        this.milestones = milestones;
        this.interactions = interactions;
        this.alerts = alerts;
        this.zone = zone;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    @Override
    public Uni<Integer> refreshDue() {
        Instant now = clock.now();
        return unitOfWork.reading(() -> weights.current().chain(current -> records.due(now, batchSize)
                        .map(due -> new Pass(current, due))))
                .chain(pass -> {
                    Uni<Integer> reassessed = Uni.createFrom().item(0);
                    for (CustomerId customer : pass.due()) {
                        reassessed = reassessed.chain(count -> reassessIfDue(customer, pass.weights(), now).map(done -> done ? count + 1 : count));
                    }
                    return reassessed;
                });
    }

    private record Pass(HealthWeights weights, List<CustomerId> due) {
    }

    /**
     * One customer per transaction, so a complaint raised for a customer waits at most for that customer's
     * reassessment, never for a whole batch; false when it is no longer due or someone else holds it.
     */
    private Uni<Boolean> reassessIfDue(CustomerId customer, HealthWeights current, Instant now) {
        return unitOfWork.transactionally(() -> records.lockIfDue(customer, now).chain(due -> due.isEmpty()
                ? Uni.createFrom().item(false)
                : reassess(due.get(), current, now).replaceWith(true)));
    }

    private Uni<Void> reassess(DueCustomer customer, HealthWeights current, Instant now) {
        CustomerId id = customer.customerId();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return records.facts(id, now).chain(facts -> {
            var assessed = CustomerHealth.assess(id, facts, current, now);
            if (assessed.isEmpty()) {
                return records.clearDue(id);
            }
            CustomerHealth health = assessed.get();
            LocalDate windowStart = today.minusDays(alerts.dropWindow().toDays());
            return records.trend(id, windowStart).chain(trend -> {
                Integer windowHigh = trend.stream().map(HealthSnapshot::score).max(Integer::compare).orElse(null);
                HealthAlertPolicy.Standing before = customer.standing();
                HealthAlertPolicy.Verdict verdict = alerts.judge(before, health.score(), windowHigh);
                HealthBand band = health.band(alerts.atRiskBelow());
                Integer published = verdict.changed() ? Integer.valueOf(health.score()) : before.publishedScore();
                Uni<Void> stored = records.save(health, band, published, verdict.atRisk(), today);
                if (verdict.changed()) {
                    stored = stored.chain(() -> events.changed(health, before.publishedScore(), band));
                }
                if (verdict.atRiskReason() != null) {
                    stored = stored.chain(() -> events.atRisk(health, before.lastScore(), verdict.atRiskReason()));
                }
                return stored;
            });
        });
    }

    @Override
    public Uni<Integer> markDailyRefresh() {
        Instant now = clock.now();
        Instant startOfDay = LocalDate.ofInstant(now, zone).atStartOfDay(zone).toInstant();
        return unitOfWork.transactionally(() -> records.markAssessedBefore(startOfDay, now));
    }

    @Override
    public Uni<CustomerHealthReport> health(CustomerHealthQuery query) {
        CustomerId id = visible(query.customerId(), query.caller());
        Instant now = clock.now();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return unitOfWork.reading(() -> weights.current()
                .chain(current -> records.facts(id, now).map(facts -> CustomerHealth.assess(id, facts, current, now)
                        .orElseThrow(() -> new NotFoundException("customer health", id))))
                .chain(health -> records.standing(id).chain(standing -> records.trend(id, today.minusDays(query.trendDays() - 1L))
                        .map(trend -> new CustomerHealthReport(health, health.band(alerts.atRiskBelow()), standing.atRisk(),
                                query.trendDays(), trend)))));
    }

    @Override
    public Uni<List<CustomerMilestone>> milestones(CustomerQuery query) {
        CustomerId id = visible(query.customerId(), query.caller());
        return unitOfWork.reading(() -> milestones.of(id));
    }

    @Override
    public Uni<Page<SupportInteraction>> interactions(SupportInteractionsQuery query) {
        CustomerId id = visible(query.customerId(), query.caller());
        Instant beforeAt = null;
        String beforeId = null;
        if (query.cursor() != null) {
            List<String> keys = PageCursor.decode(query.cursor(), 2);
            beforeAt = instant(keys.get(0));
            beforeId = keys.get(1);
        }
        Instant at = beforeAt;
        String after = beforeId;
        return unitOfWork.reading(() -> interactions.page(id, at, after, query.limit() + 1)).map(found -> {
            if (found.size() <= query.limit()) {
                return new Page<>(found, null);
            }
            List<SupportInteraction> page = found.subList(0, query.limit());
            SupportInteraction last = page.get(page.size() - 1);
            return new Page<>(page, PageCursor.encode(List.of(last.at().toString(), last.id())));
        });
    }

    private static Instant instant(String cursorKey) {
        try {
            return Instant.parse(cursorKey);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("cursor", "is not a cursor this list gave out");
        }
    }

    /** A customer asking about someone else is told there is nothing, as for complaints. */
    private static CustomerId visible(CustomerId id, Caller caller) {
        if (!caller.mayAccess(id)) {
            throw new NotFoundException("customer", id);
        }
        return id;
    }
}
