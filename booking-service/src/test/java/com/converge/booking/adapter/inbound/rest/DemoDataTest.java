package com.converge.booking.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {

    private static final String DEMO_CUSTOMERS = "SELECT COUNT(*) FROM customer WHERE id BETWEEN 900001 AND 900999";

    @Test
    void loadingTheDemoDataTwiceAddsNothingTheSecondTime() throws Exception {
        given().auth().oauth2(Tokens.admin("ad-1")).queryParam("customers", 6).queryParam("providers", 5).queryParam("bookings", 9)
                .post("/api/v1/demo-data").then().statusCode(200)
                .body("customers", equalTo(6)).body("addresses", equalTo(8)).body("providers", equalTo(5))
                .body("bookings", equalTo(9));
        long bookings = Fixtures.count("SELECT COUNT(*) FROM booking WHERE customer_id BETWEEN 900001 AND 900999");
        assertThat(bookings).isEqualTo(9);
        assertThat(Fixtures.count(DEMO_CUSTOMERS)).isEqualTo(6);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM customer WHERE id = 900001 AND phone = '+917000000001'")).isEqualTo(1);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider_availability a JOIN provider p ON p.id = a.provider_id "
                + "WHERE p.phone = '+917100000001'")).isEqualTo(14 * 6);

        given().auth().oauth2(Tokens.admin("ad-1")).queryParam("customers", 6).queryParam("providers", 5).queryParam("bookings", 9)
                .post("/api/v1/demo-data").then().statusCode(200)
                .body("customers", equalTo(0)).body("addresses", equalTo(0)).body("providers", equalTo(0))
                .body("bookings", equalTo(0));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM booking WHERE customer_id BETWEEN 900001 AND 900999")).isEqualTo(bookings);
        assertThat(Fixtures.count(DEMO_CUSTOMERS)).isEqualTo(6);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM provider WHERE phone LIKE '+9171%'")).isEqualTo(5);
    }

    @Test
    void onlyAnAdminLoadsDemoDataAndSizesAreChecked() {
        given().auth().oauth2(Tokens.support("su-1")).post("/api/v1/demo-data").then().statusCode(403);
        given().auth().oauth2(Tokens.admin("ad-1")).queryParam("customers", 0).post("/api/v1/demo-data").then().statusCode(400)
                .body("errors[0].field", equalTo("customers"));
    }
}
