package com.converge.kernel.events;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type the platform publishes. A consumer finds the data class by CloudEvents type here. */
public final class EventCatalog {

    public static final EventType<ComplaintCreated> COMPLAINT_CREATED =
            new EventType<>("ComplaintCreated", 1, Topic.COMPLAINT_EVENTS, ComplaintCreated.class);

    public static final List<EventType<?>> ALL = List.of(COMPLAINT_CREATED);

    private static final Map<Class<?>, EventType<?>> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::dataClass, Function.identity()));
    private static final Map<String, EventType<?>> BY_CLOUD_EVENT_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::cloudEventType, Function.identity()));

    private EventCatalog() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends IntegrationEvent> EventType<T> typeOf(T event) {
        EventType<?> type = BY_CLASS.get(event.getClass());
        if (type == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not in the event catalog");
        }
        return (EventType<T>) type;
    }

    public static Optional<EventType<?>> byCloudEventType(String cloudEventType) {
        return Optional.ofNullable(BY_CLOUD_EVENT_TYPE.get(cloudEventType));
    }
}
