package com.converge.kernel.application;

import com.converge.kernel.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Keyset pagination's cursor: the sort keys of the last row of a page, opaque to clients (base64url).
 * A list sorted by (created_at, id) continues after the cursor's (created_at, id), so pages stay
 * stable while rows are added, and a deep page costs what the first one does.
 */
public final class PageCursor {

    private static final char SEPARATOR = '\u001f';

    private PageCursor() {
    }

    public static String encode(List<String> sortKeys) {
        String joined = String.join(String.valueOf(SEPARATOR), sortKeys);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort keys in a cursor a client sent back; a tampered cursor is a 400 naming {@code cursor}. */
    public static List<String> decode(String cursor, int expectedKeys) {
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> keys = Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
            if (keys.size() != expectedKeys) {
                throw new InvalidValueException("cursor", "is not a cursor this list gave out");
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("cursor", "is not a cursor this list gave out");
        }
    }
}
