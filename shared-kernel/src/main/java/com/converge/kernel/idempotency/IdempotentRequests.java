package com.converge.kernel.idempotency;

import com.converge.kernel.application.UnitOfWork;
import com.converge.kernel.domain.BusinessRuleViolation;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.TimeSource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The {@code Idempotency-Key} contract of every POST that creates or moves money or stock: the
 * first request with a key runs and its answer is stored in the same transaction as its effect; a
 * repeat with the same key and body gets that answer again (header {@code Idempotent-Replayed: true})
 * without a second effect; the same key with another body is a 422. Keys are per caller and
 * operation, and kept for {@link #RETENTION}.
 *
 * <p>Two concurrent requests with one key: the second one's insert of the key waits for the first
 * transaction and then fails on the primary key, and it replays what the first one stored. A
 * request that fails stores nothing, so a retry after a failure runs again.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final Duration RETENTION = Duration.ofHours(24);
    private static final int MAX_KEY_LENGTH = 100;
    private static final int MYSQL_DUPLICATE_KEY = 1062;

    private final UnitOfWork unitOfWork;
    private final ObjectMapper json;
    private final TimeSource clock;
    private final Pool pool;

    IdempotentRequests(UnitOfWork unitOfWork, ObjectMapper json, TimeSource clock, Pool pool) {
        this.unitOfWork = unitOfWork;
        this.json = json;
        this.clock = clock;
        this.pool = pool;
    }

    /**
     * Runs {@code work} once per key. {@code work} may open its own transaction through the
     * {@link UnitOfWork}: it joins the one this opens.
     *
     * @param key       the header's value; null runs {@code work} without idempotency
     * @param operation a stable name of the endpoint, e.g. {@code create-booking}
     * @param request   the request body (or what identifies the request), compared on repeats
     */
    public Uni<Response> execute(String key, String operation, Caller caller, Object request,
                                 Supplier<Uni<IdempotentResponse>> work) {
        if (key == null) {
            return work.get().map(this::toResponse);
        }
        validate(key);
        String scope = operation + ":" + caller.subject();
        String fingerprint = fingerprint(operation, request);
        return stored(scope, key).chain(previous -> {
            if (previous != null) {
                return Uni.createFrom().item(() -> replay(previous, fingerprint));
            }
            return unitOfWork.transactionally(() -> claim(scope, key, fingerprint)
                            .chain(() -> work.get())
                            .call(response -> remember(scope, key, response)))
                    .map(this::toResponse)
                    .onFailure(KeyTakenMeanwhile.class)
                    .recoverWithUni(() -> stored(scope, key).map(first -> replay(first, fingerprint)));
        });
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetOldKeys() {
        LocalDateTime cutoff = LocalDateTime.ofInstant(clock.now().minus(RETENTION), ZoneOffset.UTC);
        return pool.preparedQuery("DELETE FROM idempotency_key WHERE created_at < ? LIMIT 10000")
                .execute(Tuple.of(cutoff)).replaceWithVoid();
    }

    private record StoredAnswer(String fingerprint, int status, String body, String location) {
    }

    private Uni<StoredAnswer> stored(String scope, String key) {
        return pool.preparedQuery("""
                        SELECT request_hash, response_status, response_body, response_location
                        FROM idempotency_key WHERE scope = ? AND idempotency_key = ?""")
                .execute(Tuple.of(scope, key))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next())
                .map(row -> row == null ? null : new StoredAnswer(row.getString(0), row.getInteger(1), row.getString(2), row.getString(3)));
    }

    private Uni<Void> claim(String scope, String key, String fingerprint) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO idempotency_key (scope, idempotency_key, request_hash, response_status, created_at)
                        VALUES (?1, ?2, ?3, 0, ?4)""")
                .setParameter(1, scope)
                .setParameter(2, key)
                .setParameter(3, fingerprint)
                .setParameter(4, LocalDateTime.ofInstant(clock.now(), ZoneOffset.UTC))
                .executeUpdate()
                .onFailure(IdempotentRequests::isDuplicateKey).transform(KeyTakenMeanwhile::new)
                .replaceWithVoid());
    }

    /** Another request with the same key committed while this one waited to claim it. */
    private static final class KeyTakenMeanwhile extends RuntimeException {
        KeyTakenMeanwhile(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    private Uni<Void> remember(String scope, String key, IdempotentResponse response) {
        return Panache.getSession().chain(session -> update(session, scope, key, response));
    }

    private Uni<Void> update(Mutiny.Session session, String scope, String key, IdempotentResponse response) {
        return session.createNativeQuery("""
                        UPDATE idempotency_key SET response_status = ?1, response_body = ?2, response_location = ?3
                        WHERE scope = ?4 AND idempotency_key = ?5""")
                .setParameter(1, response.status())
                .setParameter(2, serialise(response.body()))
                .setParameter(3, response.location() == null ? null : response.location().toString())
                .setParameter(4, scope)
                .setParameter(5, key)
                .executeUpdate()
                .replaceWithVoid();
    }

    private Response replay(StoredAnswer answer, String fingerprint) {
        if (answer == null) {
            // The concurrent first request failed and stored nothing: the client may simply retry.
            throw new BusinessRuleViolation(HEADER, "a request with this key failed meanwhile; send it again");
        }
        if (!answer.fingerprint().equals(fingerprint)) {
            throw new BusinessRuleViolation(HEADER, "this Idempotency-Key was already used with a different request");
        }
        Response.ResponseBuilder builder = Response.status(answer.status()).header("Idempotent-Replayed", "true");
        if (answer.location() != null) {
            builder.location(URI.create(answer.location()));
        }
        if (answer.body() != null) {
            builder.type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body());
        }
        return builder.build();
    }

    private Response toResponse(IdempotentResponse response) {
        Response.ResponseBuilder builder = Response.status(response.status());
        if (response.location() != null) {
            builder.location(response.location());
        }
        if (response.body() != null) {
            builder.type(MediaType.APPLICATION_JSON_TYPE).entity(response.body());
        }
        return builder.build();
    }

    private String fingerprint(String operation, Object request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(operation.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(serialise(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String serialise(Object value) {
        try {
            return value == null ? null : json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private static void validate(String key) {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new InvalidValueException(HEADER, "must be 1.." + MAX_KEY_LENGTH + " visible ASCII characters");
        }
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.mysqlclient.MySQLException mysql && mysql.getErrorCode() == MYSQL_DUPLICATE_KEY) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
