package com.converge.booking.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogResourceTest {

    @Test
    void theReferenceDataHoldsTwelveCategoriesAndSeventySixSubcategoriesWithTheSourceDesignsCounts() throws Exception {
        assertThat(Fixtures.count("SELECT COUNT(*) FROM category")).isEqualTo(12);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM subcategory")).isEqualTo(76);
        int[] expected = {8, 8, 7, 7, 7, 5, 6, 4, 5, 8, 6, 5};
        for (int category = 1; category <= 12; category++) {
            assertThat(Fixtures.count("SELECT COUNT(*) FROM subcategory WHERE category_id = ?", category))
                    .as("subcategories of category %d", category).isEqualTo(expected[category - 1]);
        }
        assertThat(Fixtures.count("SELECT COUNT(*) FROM rate_card")).isEqualTo(156);
        assertThat(Fixtures.count("""
                SELECT COUNT(*) FROM (SELECT subcategory_id, COUNT(*) n FROM rate_card GROUP BY subcategory_id) v
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
}
