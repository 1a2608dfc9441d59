package com.converge.complaint.adapter.outbound.persistence;

import com.converge.complaint.application.port.outbound.SlaPolicies;
import com.converge.complaint.domain.BusinessCalendar;
import com.converge.complaint.domain.BusinessHours;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.Priority;
import com.converge.complaint.domain.SlaPolicy;
import com.converge.complaint.domain.SlaTargets;
import com.converge.kernel.domain.TimeSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Policies as rows; criteria, targets and calendar are one JSON document per policy. */
@ApplicationScoped
public class MariaDbSlaPolicies implements SlaPolicies {

    record Document(List<ComplaintType> types, List<Priority> priorities, List<String> segments,
                    Map<Priority, TargetSeconds> targets, CalendarDocument calendar, int warningPercent,
                    List<Integer> escalationOverduePercent) {
    }

    record TargetSeconds(long firstResponse, long nextResponse, long resolution) {
    }

    /** {@code week} is null for a round-the-clock calendar. */
    record CalendarDocument(String zone, Map<DayOfWeek, List<String[]>> week, List<LocalDate> holidays) {
    }

    private final ObjectMapper json;
    private final TimeSource clock;

    MariaDbSlaPolicies(ObjectMapper json, TimeSource clock) {
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Uni<List<SlaPolicy>> all() {
        return SlaPolicyEntity.<SlaPolicyEntity>listAll()
                .map(entities -> entities.stream().map(this::toDomain).toList());
    }

    /** The policies of many complaints in one read; the default is not stored, and a missing id is left out. */
    Uni<Map<String, SlaPolicy>> byIds(Set<String> ids) {
        Map<String, SlaPolicy> found = new HashMap<>();
        if (ids.contains(SlaPolicy.DEFAULT_ID)) {
            found.put(SlaPolicy.DEFAULT_ID, SlaPolicy.DEFAULT);
        }
        List<String> stored = ids.stream().filter(id -> !SlaPolicy.DEFAULT_ID.equals(id)).toList();
        if (stored.isEmpty()) {
            return Uni.createFrom().item(found);
        }
        return SlaPolicyEntity.<SlaPolicyEntity>list("id in ?1", stored).map(entities -> {
            entities.forEach(entity -> found.put(entity.id, toDomain(entity)));
            return found;
        });
    }

    @Override
    public Uni<Void> save(SlaPolicy policy) {
        return SlaPolicyEntity.<SlaPolicyEntity>findById(policy.id()).chain(found -> {
            SlaPolicyEntity entity = found == null ? new SlaPolicyEntity() : found;
            entity.id = policy.id();
            entity.name = policy.name();
            entity.position = policy.position();
            entity.definition = write(policy);
            entity.updatedAt = clock.now();
            return found == null ? entity.persist().replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }

    private String write(SlaPolicy policy) {
        Map<Priority, TargetSeconds> targets = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            SlaTargets t = policy.targets();
            targets.put(priority, new TargetSeconds(t.firstResponse().get(priority).toSeconds(),
                    t.nextResponse().get(priority).toSeconds(), t.resolution().get(priority).toSeconds()));
        }
        BusinessCalendar calendar = policy.calendar();
        Map<DayOfWeek, List<String[]>> week = calendar.week().map(days -> {
            Map<DayOfWeek, List<String[]>> copy = new EnumMap<>(DayOfWeek.class);
            days.forEach((day, hours) -> copy.put(day, hours.stream()
                    .map(h -> new String[]{h.start().toString(), h.end().toString()}).toList()));
            return copy;
        }).orElse(null);
        Document document = new Document(List.copyOf(policy.types()), List.copyOf(policy.priorities()),
                List.copyOf(policy.segments()), targets,
                new CalendarDocument(calendar.zone().getId(), week, calendar.holidays().stream().sorted().toList()),
                policy.warningPercent(), policy.escalationOverduePercent());
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write SLA policy " + policy.id(), e);
        }
    }

    SlaPolicy toDomain(SlaPolicyEntity entity) {
        Document document;
        try {
            document = json.readValue(entity.definition, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SLA policy " + entity.id + " is not readable", e);
        }
        Map<Priority, Duration> first = new LinkedHashMap<>();
        Map<Priority, Duration> next = new LinkedHashMap<>();
        Map<Priority, Duration> resolution = new LinkedHashMap<>();
        document.targets().forEach((priority, t) -> {
            first.put(priority, Duration.ofSeconds(t.firstResponse()));
            next.put(priority, Duration.ofSeconds(t.nextResponse()));
            resolution.put(priority, Duration.ofSeconds(t.resolution()));
        });
        CalendarDocument c = document.calendar();
        ZoneId zone = ZoneId.of(c.zone());
        BusinessCalendar calendar = c.week() == null ? BusinessCalendar.roundTheClock(zone)
                : BusinessCalendar.businessHours(zone, c.week().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().map(h -> new BusinessHours(LocalTime.parse(h[0]), LocalTime.parse(h[1]))).toList())),
                        Set.copyOf(c.holidays()));
        return new SlaPolicy(entity.id, entity.name, entity.position, Set.copyOf(document.types()),
                Set.copyOf(document.priorities()), Set.copyOf(document.segments()),
                new SlaTargets(first, next, resolution), calendar, document.warningPercent(), document.escalationOverduePercent());
    }
}
