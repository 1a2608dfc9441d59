package com.converge.booking.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogResourceTest {

    @Inject
    MovableTimeSource clock;

    @ConfigProperty(name = "converge.booking.catalog-max-age")
    Duration maxAge;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theReferenceDataHoldsTwelveCategoriesAndSeventySixSubcategoriesWithTheSourceDesignsCounts() throws Exception {
        // the rows of V1: tests add categories and subcategories of their own after them
        assertThat(Fixtures.count("SELECT COUNT(*) FROM category WHERE id <= 12")).isEqualTo(12);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM subcategory WHERE id <= 76")).isEqualTo(76);
        int[] expected = {8, 8, 7, 7, 7, 5, 6, 4, 5, 8, 6, 5};
        for (int category = 1; category <= 12; category++) {
            assertThat(Fixtures.count("SELECT COUNT(*) FROM subcategory WHERE category_id = ?", category))
                    .as("subcategories of category %d", category).isEqualTo(expected[category - 1]);
        }
        assertThat(Fixtures.count("SELECT COUNT(*) FROM rate_card WHERE subcategory_id <= 76")).isEqualTo(156);
        assertThat(Fixtures.count("""
                SELECT COUNT(*) FROM (SELECT subcategory_id, COUNT(*) n FROM rate_card WHERE subcategory_id <= 76 GROUP BY subcategory_id) v
                WHERE n BETWEEN 1 AND 3""")).isEqualTo(76);
    }

    @Test
    void aMetroPincodeSeesEveryCategoryInDisplayOrder() {
        JsonPath catalog = given().auth().oauth2(Tokens.customer(42)).queryParam("pincode", "560001")
                .get("/api/v1/catalog").then().statusCode(200)
                .body("pincode", equalTo("560001"))
                .extract().jsonPath();
        assertThat(catalog.getList("categories.name", String.class)).hasSize(12).startsWith("Home Cleaning")
                .endsWith("Packers and Movers");
        assertThat(catalog.getList("categories.displayOrder", Integer.class)).isSorted();
        List<Map<String, Object>> homeCleaning = catalog.getList("categories[0].subcategories");
        assertThat(homeCleaning).hasSize(8);
        assertThat(catalog.getFloat("categories[0].subcategories[0].rateCards[0].price")).isPositive();
    }

    @Test
    void carCareIsBookableOnlyWhereItIsOffered() {
        given().auth().oauth2(Tokens.agent("a-1")).queryParam("pincode", "682001")
                .get("/api/v1/catalog").then().statusCode(200)
                .body("categories.name", not(hasItem("Car Care")))
                .body("categories.name", hasItem("Plumbing"));
        given().auth().oauth2(Tokens.admin("ad-1")).queryParam("pincode", "400001")
                .get("/api/v1/catalog").then().statusCode(200)
                .body("categories.name", hasItem("Car Care"));
    }

    @Test
    void aPincodeMustBeSixDigits() {
        for (String bad : new String[]{"56001", "5600011", "56000A", "060001", ""}) {
            given().auth().oauth2(Tokens.support("s-1")).queryParam("pincode", bad)
                    .get("/api/v1/catalog").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("pincode"));
        }
        given().auth().oauth2(Tokens.support("s-1")).get("/api/v1/catalog").then().statusCode(400)
                .body("errors[0].field", equalTo("pincode"));
    }

    @Test
    void theCatalogNeedsAToken() {
        given().queryParam("pincode", "560001").get("/api/v1/catalog").then().statusCode(401);
    }

    @Test
    void aRateCardAddedByAdminIsInTheCatalogAtOnceWhileTheCatalogIsHeldInMemory() throws Exception {
        String pincode = Fixtures.freshPincode();
        String name = "Festive tap repair " + UUID.randomUUID();
        assertThat(cardNames(pincode)).doesNotContain(name);

        long id = ((Number) addRateCard(Map.of("subcategoryId", 17, "name", name, "price", "249.00", "strikePrice", "299.00",
                "durationMinutes", 45, "pincodes", List.of(pincode)))
                .then().statusCode(201)
                .body("subcategoryId", equalTo(17))
                .body("pincodes", equalTo(List.of(pincode)))
                .extract().path("id")).longValue();

        assertThat(cardNames(pincode)).contains(name);
        assertThat(cardNames(Fixtures.freshPincode())).doesNotContain(name);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM rate_card WHERE id = ? AND price = 249.00 AND NOT all_pincodes", id))
                .isEqualTo(1);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM rate_card_pincode WHERE rate_card_id = ? AND pincode = ?", id, pincode))
                .isEqualTo(1);
    }

    @Test
    void aRateCardAppearsWhenItsWindowOpensAndDisappearsWhenItClosesThoughTheCatalogIsHeld() {
        String pincode = Fixtures.freshPincode();
        String name = "Diwali deep cleaning " + UUID.randomUUID();
        Instant opens = clock.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        addRateCard(Map.of("subcategoryId", 1, "name", name, "price", "1999.00", "durationMinutes", 240,
                "activeFrom", opens.toString(), "activeUntil", opens.plus(Duration.ofHours(1)).toString(),
                "pincodes", List.of(pincode)))
                .then().statusCode(201);
        assertThat(cardNames(pincode)).doesNotContain(name);

        clock.advance(Duration.ofMinutes(61));
        assertThat(cardNames(pincode)).contains(name);

        clock.advance(Duration.ofMinutes(60));
        assertThat(cardNames(pincode)).doesNotContain(name);
    }

    @Test
    void aRateCardInsertedInSqlIsInTheCatalogWithinTheMaximumAge() throws Exception {
        String pincode = Fixtures.freshPincode();
        String name = "Tap repair from SQL " + UUID.randomUUID();
        assertThat(cardNames(pincode)).doesNotContain(name);

        try (Connection db = TestDatabase.connect("booking_test");
             PreparedStatement card = db.prepareStatement("""
                     INSERT INTO rate_card (subcategory_id, name, price, duration_minutes, all_pincodes)
                     VALUES (17, ?, 179.00, 30, FALSE)""", Statement.RETURN_GENERATED_KEYS)) {
            card.setString(1, name);
            card.executeUpdate();
            try (ResultSet keys = card.getGeneratedKeys();
                 PreparedStatement where = db.prepareStatement("INSERT INTO rate_card_pincode (rate_card_id, pincode) VALUES (?, ?)")) {
                keys.next();
                where.setLong(1, keys.getLong(1));
                where.setString(2, pincode);
                where.executeUpdate();
            }
        }

        await().atMost(maxAge.plusSeconds(5)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(cardNames(pincode)).contains(name));
    }

    @Test
    void onlyAdminAddsRateCardsAndBadOnesAreRefusedNamingTheField() throws Exception {
        long before = Fixtures.count("SELECT COUNT(*) FROM rate_card");
        given().auth().oauth2(Tokens.customer(42)).contentType(ContentType.JSON)
                .body(Map.of("subcategoryId", 17, "name", "Mine", "price", "1.00", "durationMinutes", 30))
                .post("/api/v1/catalog/rate-cards").then().statusCode(403);
        addRateCard(Map.of("subcategoryId", 17, "name", "Free", "durationMinutes", 30))
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("price"));
        addRateCard(Map.of("subcategoryId", 17, "name", "Cheap", "price", "0.00", "durationMinutes", 30))
                .then().statusCode(400).body("errors[0].field", equalTo("price"));
        addRateCard(Map.of("subcategoryId", 17, "name", "Odd", "price", "10.00", "durationMinutes", 30, "pincodes", List.of("12")))
                .then().statusCode(400).body("errors[0].field", equalTo("pincodes[0]"));
        addRateCard(Map.of("subcategoryId", 9999, "name", "Nowhere", "price", "10.00", "durationMinutes", 30))
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("subcategoryId"));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM rate_card")).isEqualTo(before);
    }

    private static io.restassured.response.Response addRateCard(Map<String, Object> body) {
        return given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/catalog/rate-cards");
    }

    private static List<String> cardNames(String pincode) {
        return given().auth().oauth2(Tokens.customer(42)).queryParam("pincode", pincode)
                .get("/api/v1/catalog").then().statusCode(200)
                .extract().jsonPath().getList("categories.subcategories.rateCards.name.flatten()", String.class);
    }
}
