package com.converge.complaint.domain;

import com.converge.kernel.domain.InvalidValueException;
import java.net.URI;

/** A file attached to an update; the file itself lives elsewhere, the complaint keeps where. */
public record Attachment(String name, String contentType, long sizeBytes, String url) {

    public static final long MAX_SIZE_BYTES = 25L * 1024 * 1024;

    public Attachment {
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new InvalidValueException("attachments.name", "is required, at most 255 characters");
        }
        if (contentType == null || !contentType.matches("[\\w.+-]+/[\\w.+-]+")) {
            throw new InvalidValueException("attachments.contentType", "must be a media type such as image/jpeg");
        }
        if (sizeBytes <= 0 || sizeBytes > MAX_SIZE_BYTES) {
            throw new InvalidValueException("attachments.sizeBytes", "must be between 1 byte and 25 MB");
        }
        if (url == null || url.length() > 1000 || !isHttp(url)) {
            throw new InvalidValueException("attachments.url", "must be an http(s) URL");
        }
    }

    private static boolean isHttp(String url) {
        try {
            URI uri = URI.create(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
