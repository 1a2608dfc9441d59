package com.converge.complaint.application.service;

import com.converge.kernel.application.Page;
import com.converge.kernel.application.PageCursor;
import java.util.List;
import java.util.function.Function;

/** Lists read one row more than a page: its presence says there is a next page, whose cursor is the last shown row's keys. */
final class KeysetPage {

    private KeysetPage() {
    }

    static <T> Page<T> of(List<T> found, int limit, Function<T, List<String>> keys) {
        if (found.size() <= limit) {
            return new Page<>(found, null);
        }
        List<T> page = found.subList(0, limit);
        return new Page<>(page, PageCursor.encode(keys.apply(page.get(limit - 1))));
    }
}
