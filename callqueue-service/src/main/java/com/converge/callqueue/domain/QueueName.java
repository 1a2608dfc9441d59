package com.converge.callqueue.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The two queues agents work: registered customers who never bought, and work that needs a call. */
public enum QueueName {
    UNSIGNED_USERS, OUTSTANDING_REQUESTS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QueueName fromWire(String field, String value) {
        return Arrays.stream(values())
                .filter(q -> q.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "must be one of "
                        + Arrays.stream(values()).map(QueueName::wireName).collect(Collectors.joining(", "))));
    }
}
