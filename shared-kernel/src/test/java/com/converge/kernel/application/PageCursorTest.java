package com.converge.kernel.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.converge.kernel.domain.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Test
    void aCursorCarriesTheSortKeysOfTheLastRow() {
        String cursor = PageCursor.encode(List.of("2026-11-20T04:30:00Z", "0190d5a0-0000-7000-8000-000000000001"));
        assertThat(cursor).doesNotContain("=", "+", "/");
        assertThat(PageCursor.decode(cursor, 2)).containsExactly("2026-11-20T04:30:00Z", "0190d5a0-0000-7000-8000-000000000001");
    }

    @Test
    void aCursorFromElsewhereIsABadRequestNamingTheCursor() {
        assertThatThrownBy(() -> PageCursor.decode("%%%", 2))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
        assertThatThrownBy(() -> PageCursor.decode(PageCursor.encode(List.of("a")), 2))
                .isInstanceOf(InvalidValueException.class);
    }
}
