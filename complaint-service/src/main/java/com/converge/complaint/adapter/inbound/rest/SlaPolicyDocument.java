package com.converge.complaint.adapter.inbound.rest;

import com.converge.complaint.domain.BusinessCalendar;
import com.converge.complaint.domain.BusinessHours;
import com.converge.complaint.domain.ComplaintType;
import com.converge.complaint.domain.CustomerSegment;
import com.converge.complaint.domain.Priority;
import com.converge.complaint.domain.SlaPolicy;
import com.converge.complaint.domain.SlaTargets;
import com.converge.kernel.domain.InvalidValueException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An SLA policy as administrators write and read it. Targets are minutes per priority; a calendar
 * without {@code hours} runs round the clock.
 */
@Schema(description = "An SLA policy: criteria (empty = any), targets per priority, calendar, warning and escalation")
public record SlaPolicyDocument(@Schema(readOnly = true, example = "vip-business-hours") String id,
                                @Schema(required = true, example = "VIP, business hours") String name,
                                @Schema(required = true, description = "Policies are matched in ascending position", example = "10")
                                Integer position,
                                @Schema(implementation = Vocabularies.Type[].class, example = "[]") List<String> types,
                                @Schema(implementation = Vocabularies.PriorityValue[].class, example = "[]") List<String> priorities,
                                @Schema(implementation = Vocabularies.Segment[].class, example = "[\"vip\"]") List<String> segments,
                                @Schema(required = true, description = "One entry per priority: low, medium, high and critical", example = """
                                        {"critical": {"firstResponseMinutes": 30, "nextResponseMinutes": 30, "resolutionMinutes": 240},
                                         "high": {"firstResponseMinutes": 60, "nextResponseMinutes": 60, "resolutionMinutes": 480},
                                         "medium": {"firstResponseMinutes": 240, "nextResponseMinutes": 240, "resolutionMinutes": 1440},
                                         "low": {"firstResponseMinutes": 480, "nextResponseMinutes": 480, "resolutionMinutes": 2880}}""")
                                Map<String, Targets> targets,
                                Calendar calendar,
                                @Schema(minimum = "1", maximum = "99", defaultValue = "80", example = "75") Integer warningPercent,
                                @Schema(description = "Overdue share of the resolution target per escalation level (1-3 levels, rising)",
                                        example = "[0, 50, 100]") List<Integer> escalationOverduePercent) {

    public record Targets(@Schema(required = true, example = "240") Long firstResponseMinutes,
                          @Schema(description = "Default: the first-response target", example = "240") Long nextResponseMinutes,
                          @Schema(required = true, example = "1440") Long resolutionMinutes) {
    }

    public record Hours(@Schema(required = true, example = "09:00") String start, @Schema(required = true, example = "18:00") String end) {
    }

    @Schema(description = "Without hours the calendar runs round the clock")
    public record Calendar(@Schema(example = "Asia/Kolkata") String timeZone,
                           @Schema(description = "Working intervals per weekday (monday..sunday)", example = """
                                   {"monday": [{"start": "09:00", "end": "18:00"}], "tuesday": [{"start": "09:00", "end": "18:00"}],
                                    "wednesday": [{"start": "09:00", "end": "18:00"}], "thursday": [{"start": "09:00", "end": "18:00"}],
                                    "friday": [{"start": "09:00", "end": "18:00"}], "saturday": [{"start": "09:00", "end": "14:00"}]}""")
                           Map<String, List<Hours>> hours,
                           @Schema(description = "Dates (YYYY-MM-DD) without business hours", example = "[\"2026-12-25\", \"2027-01-26\"]")
                           List<String> holidays) {
    }

    SlaPolicy toDomain(String policyId) {
        if (position == null) {
            throw new InvalidValueException("position", "is required");
        }
        if (targets == null) {
            throw new InvalidValueException("targets", "are required for every priority");
        }
        Map<Priority, Duration> first = new EnumMap<>(Priority.class);
        Map<Priority, Duration> next = new EnumMap<>(Priority.class);
        Map<Priority, Duration> resolution = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            Targets t = targets.get(priority.wireName());
            String field = "targets." + priority.wireName();
            if (t == null) {
                throw new InvalidValueException(field, "is required");
            }
            first.put(priority, minutes(field + ".firstResponseMinutes", t.firstResponseMinutes()));
            next.put(priority, minutes(field + ".nextResponseMinutes",
                    t.nextResponseMinutes() == null ? t.firstResponseMinutes() : t.nextResponseMinutes()));
            resolution.put(priority, minutes(field + ".resolutionMinutes", t.resolutionMinutes()));
        }
        return new SlaPolicy(policyId, name, position,
                list(types).stream().map(t -> ComplaintType.fromWire("types", t)).collect(Collectors.toSet()),
                list(priorities).stream().map(p -> Priority.fromWire("priorities", p)).collect(Collectors.toSet()),
                list(segments).stream().map(s -> CustomerSegment.fromWire("segments", s).wireName()).collect(Collectors.toSet()),
                new SlaTargets(first, next, resolution), toCalendar(),
                warningPercent == null ? SlaPolicy.DEFAULT.warningPercent() : warningPercent,
                escalationOverduePercent == null ? SlaPolicy.DEFAULT.escalationOverduePercent() : escalationOverduePercent);
    }

    static SlaPolicyDocument of(SlaPolicy policy) {
        Map<String, Targets> targets = new LinkedHashMap<>();
        for (Priority priority : Priority.values()) {
            SlaTargets t = policy.targets();
            targets.put(priority.wireName(), new Targets(t.firstResponse().get(priority).toMinutes(),
                    t.nextResponse().get(priority).toMinutes(), t.resolution().get(priority).toMinutes()));
        }
        BusinessCalendar c = policy.calendar();
        Map<String, List<Hours>> hours = c.week().map(week -> week.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().name().toLowerCase(Locale.ROOT),
                e -> e.getValue().stream().map(h -> new Hours(h.start().toString(), h.end().toString())).toList()))).orElse(null);
        return new SlaPolicyDocument(policy.id(), policy.name(), policy.position(),
                policy.types().stream().map(ComplaintType::wireName).sorted().toList(),
                policy.priorities().stream().map(Priority::wireName).sorted().toList(),
                policy.segments().stream().sorted().toList(), targets,
                new Calendar(c.zone().getId(), hours, c.holidays().stream().sorted().map(LocalDate::toString).toList()),
                policy.warningPercent(), policy.escalationOverduePercent());
    }

    private BusinessCalendar toCalendar() {
        if (calendar == null) {
            return BusinessCalendar.roundTheClock(BusinessCalendar.INDIA);
        }
        ZoneId zone;
        try {
            zone = calendar.timeZone() == null ? BusinessCalendar.INDIA : ZoneId.of(calendar.timeZone());
        } catch (DateTimeException e) {
            throw new InvalidValueException("calendar.timeZone", "is not a time zone: " + calendar.timeZone());
        }
        if (calendar.hours() == null) {
            return BusinessCalendar.roundTheClock(zone);
        }
        Map<DayOfWeek, List<BusinessHours>> week = new EnumMap<>(DayOfWeek.class);
        calendar.hours().forEach((day, intervals) -> {
            DayOfWeek weekday;
            try {
                weekday = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException("calendar.hours", "unknown weekday " + day);
            }
            week.put(weekday, intervals.stream().map(h -> {
                try {
                    return new BusinessHours(LocalTime.parse(h.start()), LocalTime.parse(h.end()));
                } catch (DateTimeParseException | NullPointerException e) {
                    throw new InvalidValueException("calendar.hours", "times are HH:mm");
                }
            }).toList());
        });
        Set<LocalDate> holidays;
        try {
            holidays = list(calendar.holidays()).stream().map(LocalDate::parse).collect(Collectors.toSet());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("calendar.holidays", "dates are yyyy-MM-dd");
        }
        return BusinessCalendar.businessHours(zone, week, holidays);
    }

    private static Duration minutes(String field, Long minutes) {
        if (minutes == null || minutes < 1 || minutes > 60L * 24 * 90) {
            throw new InvalidValueException(field, "must be between 1 minute and 90 days");
        }
        return Duration.ofMinutes(minutes);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }
}
