package com.converge.booking;

import static io.restassured.RestAssured.given;

import com.converge.kernel.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Bookings with money on them, set up through the API. */
public final class PaymentFixtures {

    private PaymentFixtures() {
    }

    /** A customer's booking (tap repair at a fresh Karnataka pincode, a provider ready for it); returns it with its parties. */
    public static PaidBooking booking() throws Exception {
        String pincode = Fixtures.freshPincode();
        LocalDate day = Fixtures.futureDay();
        String provider = Fixtures.provider(pincode, "4.50", List.of(17), day, "10:00");
        long customer = Fixtures.registeredCustomer();
        long address = Fixtures.addressOf(customer, "KA", pincode);
        String id = Fixtures.booking(customer, address, Fixtures.standardRateCard(17), day, "10:00");
        String total = given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/bookings/" + id).then().statusCode(200)
                .extract().jsonPath().getString("totalAmount");
        return new PaidBooking(id, customer, provider, day, new BigDecimal(total).setScale(2).toPlainString());
    }

    public record PaidBooking(String id, long customer, String provider, LocalDate day, String total) {
    }

    public static ValidatableResponse pay(long customer, String bookingId, String key, String body) {
        var request = given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.body(body).post("/api/v1/bookings/" + bookingId + "/payments").then();
    }

    public static void creditWallet(long customer, String amount) {
        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON)
                .body("{\"direction\":\"credit\",\"amount\":%s,\"reason\":\"adjustment\",\"reference\":\"top-up\"}".formatted(amount))
                .post("/api/v1/customers/" + customer + "/wallet/entries").then().statusCode(201);
    }

    /** Pays the whole booking by UPI, then confirms, starts and completes it (invoiced). */
    public static void paidAndCompleted(PaidBooking booking) {
        pay(booking.customer(), booking.id(), null, "{\"amount\":%s,\"method\":\"upi\"}".formatted(booking.total())).statusCode(201);
        for (String move : new String[]{"confirm", "start", "complete"}) {
            given().auth().oauth2(Tokens.admin("ad-1")).post("/api/v1/bookings/" + booking.id() + "/" + move).then().statusCode(200);
        }
    }

    public static ValidatableResponse refund(String bookingId, String body) {
        return given().auth().oauth2(Tokens.support("s-1")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/bookings/" + bookingId + "/refunds").then();
    }

    /** Sends {@code times} requests at once, the i-th made by {@code request.apply(i)}, and returns their status codes. */
    public static List<Integer> atOnce(int times, IntFunction<ValidatableResponse> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int index = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.apply(index).extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            return codes;
        } finally {
            pool.shutdown();
        }
    }
}
