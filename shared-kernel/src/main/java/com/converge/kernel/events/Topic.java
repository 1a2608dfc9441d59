package com.converge.kernel.events;

/** The platform's topics, one per producing context, each with its dead-letter topic. */
public enum Topic {
    BOOKING_EVENTS("booking-events", "booking"),
    COMPLAINT_EVENTS("complaint-events", "complaint"),
    ORDER_EVENTS("order-events", "order"),
    CALLQUEUE_EVENTS("callqueue-events", "callqueue");

    private final String topicName;
    private final String context;

    Topic(String topicName, String context) {
        this.topicName = topicName;
        this.context = context;
    }

    public String topicName() {
        return topicName;
    }

    public String deadLetterTopicName() {
        return topicName + "-dlq";
    }

    /** The bounded context that produces this topic, as used in CloudEvents types and sources. */
    public String context() {
        return context;
    }

    /** The CloudEvents {@code source} of everything this context publishes. */
    public String source() {
        return "/converge/" + context + "-service";
    }
}
