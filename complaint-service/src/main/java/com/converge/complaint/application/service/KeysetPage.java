package com.converge.complaint.application.service;

import com.converge.kernel.application.Page;
import com.converge.kernel.application.PageCursor;
import com.converge.kernel.domain.InvalidValueException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

/** Lists read one row more than a page: its presence says there is a next page, whose cursor is the last shown row's keys. */
final class KeysetPage {

    private KeysetPage() {
    }

    /** The keys of a list sorted by a time, then an id; both null without a cursor (the first page). */
    record TimeAndId(Instant at, String id) {

        static TimeAndId after(String cursor) {
            if (cursor == null) {
                return new TimeAndId(null, null);
            }
            List<String> keys = PageCursor.decode(cursor, 2);
            try {
                return new TimeAndId(Instant.parse(keys.get(0)), keys.get(1));
            } catch (DateTimeParseException e) {
                throw new InvalidValueException("cursor", "is not a cursor this list gave out");
            }
        }
    }

    static <T> Page<T> of(List<T> found, int limit, Function<T, List<String>> keys) {
        if (found.size() <= limit) {
            return new Page<>(found, null);
        }
        List<T> page = found.subList(0, limit);
        return new Page<>(page, PageCursor.encode(keys.apply(page.get(limit - 1))));
    }
}
