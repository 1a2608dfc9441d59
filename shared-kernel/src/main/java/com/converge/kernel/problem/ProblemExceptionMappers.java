package com.converge.kernel.problem;

import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.DomainException;
import com.converge.kernel.domain.IllegalTransitionException;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.NotFoundException;
import com.converge.kernel.persistence.PoolOverload;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a REST call into an {@code application/problem+json} response. Client
 * mistakes are 4xx and name the field; a request refused because every database connection was busy
 * is a 503 with Retry-After; anything unexpected is a 500 whose body carries only an incident id that
 * is also in the log, never a stack trace.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);
    private static final int RETRY_AFTER_SECONDS = 1;

    @ServerExceptionMapper
    public Response invalidValue(InvalidValueException e, UriInfo uri) {
        return respond(uri, Problem.of("validation", "The request is not valid", 400, e.getMessage(),
                List.of(new Problem.FieldError(e.field(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(uri, Problem.of("validation", "The request is not valid", 400, detail, errors));
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return respond(uri, Problem.of("not-found", "Not found", 404, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response illegalTransition(IllegalTransitionException e, UriInfo uri) {
        return respond(uri, Problem.of(e.kind(), "Illegal state transition", 409, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return respond(uri, Problem.of(e.kind(), "Conflict with the current state", 409, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response businessRule(BusinessRuleViolation e, UriInfo uri) {
        List<Problem.FieldError> errors = e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        return respond(uri, Problem.of("business-rule", "The request breaks a business rule", 422, e.getMessage(), errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        DomainException cause = domainCause(e);
        if (cause instanceof InvalidValueException invalid) {
            return invalidValue(invalid, uri);
        }
        if (cause instanceof BusinessRuleViolation rule) {
            return businessRule(rule, uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            String message = readProblem(mapping);
            return respond(uri, Problem.of("malformed-request", "The request body cannot be read", 400,
                    field + " " + message, List.of(new Problem.FieldError(field, message))));
        }
        return respond(uri, Problem.of("malformed-request", "The request body cannot be read", 400,
                "the body is not well-formed JSON", List.of()));
    }

    /** More specific than Quarkus's own mapper for this type, so clients get the same problem shape. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(uri, Problem.of("forbidden", "Forbidden", 403, "your role may not do this", List.of()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri);
            }
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        String kind = title.toLowerCase().replace(' ', '-');
        return respond(uri, Problem.of(kind, title, status, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (PoolOverload.causes(e)) {
            return overloaded(uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, incident %s", incident);
        return respond(uri, Problem.of("internal", "Internal error", 500,
                "something went wrong on our side; quote incident " + incident, List.of()));
    }

    /** Every database connection was busy: the request may be sent again shortly. */
    private static Response overloaded(UriInfo uri) {
        LOG.debugf("%s refused: the database connection pool is overloaded", uri.getPath());
        return Response.status(503)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of("overloaded", "Service overloaded", 503,
                        "too many requests at once; retry after " + RETRY_AFTER_SECONDS + " s with the same Idempotency-Key",
                        List.of()).at(uri.getPath()))
                .build();
    }

    private Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of("unauthorized", "Unauthorized", 401, "a valid bearer token is required", List.of())
                        .at(uri.getPath()))
                .build();
    }

    private static Response respond(UriInfo uri, Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.at(uri.getPath())).build();
    }

    private static DomainException domainCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    private static String readProblem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidFormatException format) {
            return "cannot be read as " + format.getTargetType().getSimpleName() + ": " + format.getValue();
        }
        if (e instanceof MismatchedInputException) {
            return "has the wrong type";
        }
        return "cannot be read";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** The property path below the method parameter: {@code create.request.subject} becomes {@code subject}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = null;
        List<String> properties = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                properties.add(node.getIndex() == null ? node.getName() : node.getName() + "[" + node.getIndex() + "]");
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }
}
