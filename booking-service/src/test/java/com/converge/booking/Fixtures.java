package com.converge.booking;

import static io.restassured.RestAssured.given;

import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** What several tests need set up through the API: registered customers with an address. */
public final class Fixtures {

    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() % 100_000 * 1000 + 1_000_000);

    private Fixtures() {
    }

    public static long newCustomerId() {
        return NEXT.incrementAndGet();
    }

    /** A unique, valid Indian mobile number for a customer id. */
    public static String phoneFor(long customerId) {
        return "+919" + String.format("%09d", customerId % 1_000_000_000L);
    }

    /** Registers a customer themselves and returns their id. */
    public static long registeredCustomer() {
        long id = newCustomerId();
        given().auth().oauth2(Tokens.customer(id)).contentType(ContentType.JSON)
                .body("""
                        {"name":"Asha Rao","phone":"%s","email":"asha.%d@example.in"}
                        """.formatted(phoneFor(id), id))
                .post("/api/v1/customers").then().statusCode(201);
        return id;
    }

    /** Adds an address and returns its id. */
    public static long addressOf(long customerId, String stateCode, String pincode) {
        return ((Number) given().auth().oauth2(Tokens.customer(customerId)).contentType(ContentType.JSON)
                .body("""
                        {"label":"Home","line1":"12, 4th Cross","city":"Bengaluru","stateCode":"%s","pincode":"%s","isDefault":true}
                        """.formatted(stateCode, pincode))
                .post("/api/v1/customers/" + customerId + "/addresses").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    private static final AtomicLong PINCODES = new AtomicLong(System.nanoTime() % 50_000);
    private static final AtomicLong DAYS = new AtomicLong();

    /** A pincode no other test uses, so providers registered for one test are not candidates in another. */
    public static String freshPincode() {
        return Long.toString(850_000 + PINCODES.incrementAndGet() % 50_000);
    }

    /** The "Standard" rate card of a subcategory: 17 is tap repair (plumbing), 58 waxing (salon), 9 AC service (appliances). */
    public static long standardRateCard(int subcategoryId) throws Exception {
        try (Connection db = TestDatabase.connect("booking_test");
             PreparedStatement query = db.prepareStatement("SELECT id FROM rate_card WHERE subcategory_id = ? AND name = 'Standard'")) {
            query.setInt(1, subcategoryId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Registers a verified, active provider covering the pincode and open in the slots of the date; returns its id. */
    public static String provider(String pincode, String rating, List<Integer> subcategories, LocalDate date, String... slots) {
        String id = given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body(Map.of("name", "Ramesh " + rating, "phone", phoneFor(newCustomerId()), "verified", true, "active", true,
                        "rating", new BigDecimal(rating), "subcategoryIds", subcategories, "pincodes", List.of(pincode)))
                .post("/api/v1/providers").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body(Map.of("date", date.toString(), "slots", List.of(slots)))
                .post("/api/v1/providers/" + id + "/availability").then().statusCode(204);
        return id;
    }

    /** A day far enough ahead that every slot of it is in the future, a different one per call. */
    public static LocalDate futureDay() {
        return LocalDate.now(ZoneId.of("Asia/Kolkata")).plusDays(2 + DAYS.incrementAndGet() % 300);
    }

    /** Books one item for the customer at the address; returns the booking id. */
    public static String booking(long customerId, long addressId, long rateCardId, LocalDate date, String slot) {
        return given().auth().oauth2(Tokens.customer(customerId)).contentType(ContentType.JSON)
                .body("""
                        {"addressId":%d,"items":[{"rateCardId":%d,"quantity":1,"date":"%s","slot":"%s"}]}
                        """.formatted(addressId, rateCardId, date, slot))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
    }

    /** Calls {@code call} for every id at once, each on its own thread; the answers in the ids' order. */
    public static <T> List<T> inParallel(List<String> ids, Function<String, T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        try {
            List<Callable<T>> calls = ids.stream().<Callable<T>>map(id -> () -> call.apply(id)).toList();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : pool.invokeAll(calls)) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    public static long count(String sql, Object... parameters) throws Exception {
        try (Connection db = TestDatabase.connect("booking_test"); PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
