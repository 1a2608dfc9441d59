package com.converge.order.adapter.inbound.scheduling;

import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.placedOrder;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.stock;
import static com.converge.order.Shop.text;
import static com.converge.order.Shop.uniqueSku;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.converge.kernel.testing.KafkaProbe;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReservationExpiryTest {

    @Inject
    MovableTimeSource clock;

    @Test
    void anUnconfirmedOrderIsCancelledAfterThirtyMinutesAndItsStockReleased() throws Exception {
        String sku = uniqueSku("TTL");
        String variant = product(sku, 5, "100.00");
        long customer = newCustomer();
        String expiring = placedOrder(customer, "prepaid", sku, 2);
        String extended = placedOrder(customer, "prepaid", sku, 1);
        String expiry = given().auth().oauth2(Tokens.customer(customer)).get("/api/v1/orders/" + extended).then().statusCode(200)
                .extract().path("reservationExpiresAt");
        String later = given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON).body("{\"minutes\":60}")
                .post("/api/v1/orders/" + extended + "/reservation/extend").then().statusCode(200).extract().path("expiresAt");
        assertThat(Duration.between(Instant.parse(expiry), Instant.parse(later))).isEqualTo(Duration.ofMinutes(60));

        clock.advance(Duration.ofMinutes(29));
        assertThat(text("SELECT status FROM customer_order WHERE id = ?", expiring)).isEqualTo("PENDING");
        clock.advance(Duration.ofMinutes(2));

        await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(text("SELECT status FROM customer_order WHERE id = ?", expiring)));
        assertThat(text("SELECT cancel_reason FROM customer_order WHERE id = ?", expiring)).isEqualTo("reservation expired");
        assertThat(text("SELECT status FROM reservation WHERE order_id = ?", expiring)).isEqualTo("EXPIRED");
        assertThat(text("SELECT status FROM customer_order WHERE id = ?", extended)).isEqualTo("PENDING");
        assertThat(stock(variant)).containsExactly(5, 1);
        assertThat(text("SELECT changed_by FROM order_status_history WHERE order_id = ? AND to_status = 'CANCELLED'", expiring))
                .isEqualTo("system");
        assertThat(KafkaProbe.await("order-events", r -> expiring.equals(r.key())
                && "converge.order.ReservationExpired".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20))).hasSize(1);
        assertThat(KafkaProbe.await("order-events", r -> expiring.equals(r.key())
                && "converge.order.OrderCancelled".equals(KafkaProbe.header(r, "ce_type")), Duration.ofSeconds(20))).hasSize(1);

        given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).post("/api/v1/orders/" + expiring + "/confirm")
                .then().statusCode(409);
    }
}
