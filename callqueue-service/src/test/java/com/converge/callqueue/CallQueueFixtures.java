package com.converge.callqueue;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.converge.kernel.events.EventCatalog;
import com.converge.kernel.events.EventType;
import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** What the integration tests share: fresh customers, raw CloudEvents on the broker, rows put in and read back. */
public final class CallQueueFixtures {

    private static final AtomicLong CUSTOMERS = new AtomicLong(System.currentTimeMillis() % 1_000_000 * 1000 + 500_000_000L);
    /** Callbacks due long ago, in a fresh order per entry: a test's own entries are served before anything else. */
    private static final AtomicLong OVERDUE = new AtomicLong();
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    private CallQueueFixtures() {
    }

    public static long newCustomer() {
        return CUSTOMERS.incrementAndGet();
    }

    /** Sends an event as its producing service's outbox relay would: CloudEvents binary mode, key = aggregate id. */
    public static void publish(String eventName, String eventId, String key, String data) {
        EventType<?> type = EventCatalog.ALL.stream().filter(t -> t.name().equals(eventName)).findFirst().orElseThrow();
        KafkaProbe.send(type.topic().topicName(), key, data, Map.of(
                "ce_specversion", "1.0",
                "ce_id", eventId,
                "ce_type", type.cloudEventType(),
                "ce_source", type.topic().source(),
                "ce_subject", key,
                "ce_time", Instant.now().toString(),
                "ce_dataschema", type.dataSchema(),
                "content-type", "application/json"));
    }

    /** An active entry whose callback is overdue by years, so it is the next one served in its queue. */
    public static String insertOverdueEntry(long customerId, String queue, String callbackOwner) throws Exception {
        String id = UUID.randomUUID().toString();
        Instant due = LONG_AGO.plusSeconds(OVERDUE.incrementAndGet());
        try (Connection db = TestDatabase.connect("callqueue_test"); PreparedStatement insert = db.prepareStatement("""
                INSERT INTO queue_entry (id, customer_id, queue, score, attempts, source, callback_due_at, callback_reason,
                                         callback_owner, active, enqueued_at, updated_at)
                VALUES (?, ?, ?, 0, 0, 'registration', ?, 'test fixture', ?, TRUE, ?, ?)""")) {
            insert.setString(1, id);
            insert.setLong(2, customerId);
            insert.setString(3, queue.toUpperCase(java.util.Locale.ROOT));
            insert.setObject(4, utc(due));
            insert.setString(5, callbackOwner);
            insert.setObject(6, utc(Instant.now()));
            insert.setObject(7, utc(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    /** Takes a test's leftovers out of the queues, so they never reach another test's claims. */
    public static void deactivate(List<Long> customers) throws Exception {
        try (Connection db = TestDatabase.connect("callqueue_test");
             PreparedStatement update = db.prepareStatement("UPDATE queue_entry SET active = FALSE WHERE customer_id = ?")) {
            for (long customer : customers) {
                update.setLong(1, customer);
                update.executeUpdate();
            }
        }
    }

    /** When the entry's parking ends (UTC), null when it is not parked. */
    public static LocalDateTime parkedUntil(String entry) throws Exception {
        String value = text("SELECT DATE_FORMAT(parked_until, '%Y-%m-%dT%H:%i:%s.%f') FROM queue_entry WHERE id = ?", entry);
        return value == null ? null : LocalDateTime.parse(value);
    }

    /** Counts {@code calls} attempts on the customer's {@code day}, as that many recorded calls would have. */
    public static void callsOn(long customer, LocalDate day, int calls) throws Exception {
        try (Connection db = TestDatabase.connect("callqueue_test");
             PreparedStatement insert = db.prepareStatement("INSERT INTO daily_attempt VALUES (?, ?, ?)")) {
            insert.setLong(1, customer);
            insert.setObject(2, day);
            insert.setInt(3, calls);
            insert.executeUpdate();
        }
    }

    public static Response claim(String queue, String agent) {
        return given().auth().oauth2(Tokens.agent(agent)).post("/api/v1/queues/" + queue + "/claim");
    }

    /** {@code agents} agents claim from {@code queue} at once, each expecting an entry: the ids handed out. */
    public static List<String> claimTogether(String queue, String agentPrefix, int agents) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(agents);
        try {
            List<Callable<String>> claims = new ArrayList<>();
            for (int i = 0; i < agents; i++) {
                String agent = agentPrefix + i;
                claims.add(() -> claim(queue, agent).then().statusCode(200).extract().path("id"));
            }
            List<String> claimed = new ArrayList<>();
            for (Future<String> result : threads.invokeAll(claims)) {
                claimed.add(result.get());
            }
            return claimed;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Claims everything that is eligible in {@code queue} (for the claim time), so the queue answers 204 next. */
    public static List<String> drain(String queue) {
        String drainer = "drainer-" + UUID.randomUUID();
        List<String> drained = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Response response = claim(queue, drainer);
            if (response.statusCode() == 204) {
                return drained;
            }
            drained.add(response.then().statusCode(200).extract().path("id"));
        }
        throw new IllegalStateException(queue + " did not run dry");
    }

    public static long count(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("callqueue_test"); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public static String text(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("callqueue_test"); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    public static void awaitCount(long expected, String sql, Object... parameters) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> count(sql, parameters) == expected);
    }

    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
