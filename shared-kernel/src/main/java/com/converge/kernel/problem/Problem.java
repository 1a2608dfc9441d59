package com.converge.kernel.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is stable per kind of problem; {@code errors} names each
 * offending field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:converge:problem:";

    public record FieldError(String field, String message) {
    }

    public static Problem of(String kind, String title, int status, String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + kind, title, status, detail, null, errors);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }
}
