package com.converge.booking.adapter.inbound.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.converge.booking.Fixtures;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * ADMIN shapes categories and subcategories; the catalog shows each change from the next request. The
 * categories made here have rate cards only at fresh pincodes, so the reference catalog stays as it is.
 */
@QuarkusTest
class CatalogAdministrationTest {

    private static final String ADMIN = Tokens.admin("ad-1");

    private static ValidatableResponse send(String token, String method, String path, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.request(method, "/api/v1/catalog" + path).then();
    }

    private static Map<String, Object> category(String name, int displayOrder) {
        return new HashMap<>(Map.of("name", name, "displayOrder", displayOrder, "supplyKind", "immovable_property"));
    }

    private static Map<String, Object> subcategory(int categoryId, String name, int displayOrder) {
        return new HashMap<>(Map.of("categoryId", categoryId, "name", name, "displayOrder", displayOrder));
    }

    private static int created(ValidatableResponse response) {
        return response.statusCode(201).extract().path("id");
    }

    /** A new category with one subcategory and a rate card offered only at {@code pincode}; returns their ids. */
    private static int[] offeredOnlyAt(String pincode) {
        int category = created(send(ADMIN, "POST", "/categories", category("Garden Care " + UUID.randomUUID(), 900)));
        int subcategory = created(send(ADMIN, "POST", "/subcategories", subcategory(category, "Lawn mowing", 1)));
        int card = created(send(ADMIN, "POST", "/rate-cards", Map.of("subcategoryId", subcategory, "name", "Standard",
                "price", "399.00", "durationMinutes", 60, "pincodes", List.of(pincode))));
        return new int[]{category, subcategory, card};
    }

    private static JsonPath catalogAt(String pincode) {
        return given().auth().oauth2(Tokens.customer(42)).queryParam("pincode", pincode).get("/api/v1/catalog").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void adminAddsACategoryAndASubcategoryAndTheCatalogShowsThemInDisplayOrder() throws Exception {
        String pincode = Fixtures.freshPincode();
        String name = "Garden Care " + UUID.randomUUID();

        int category = created(send(ADMIN, "POST", "/categories", category(name, 900))
                .body("name", equalTo(name))
                .body("displayOrder", equalTo(900))
                .body("supplyKind", equalTo("immovable_property"))
                .body("active", equalTo(true)));
        int hedges = created(send(ADMIN, "POST", "/subcategories", subcategory(category, " Hedge trimming ", 2))
                .body("categoryId", equalTo(category))
                .body("name", equalTo("Hedge trimming"))
                .body("active", equalTo(true)));
        int lawns = created(send(ADMIN, "POST", "/subcategories", subcategory(category, "Lawn mowing", 1)));
        for (int subcategory : new int[]{hedges, lawns}) {
            send(ADMIN, "POST", "/rate-cards", Map.of("subcategoryId", subcategory, "name", "Standard", "price", "399.00",
                    "durationMinutes", 60, "pincodes", List.of(pincode))).statusCode(201);
        }

        JsonPath catalog = catalogAt(pincode);
        List<String> categories = catalog.getList("categories.name", String.class);
        assertThat(categories).endsWith(name);
        assertThat(catalog.getList("categories[" + (categories.size() - 1) + "].subcategories.name", String.class))
                .containsExactly("Lawn mowing", "Hedge trimming");
        assertThat(catalogAt(Fixtures.freshPincode()).getList("categories.name", String.class)).doesNotContain(name);
        assertThat(Fixtures.count("""
                SELECT COUNT(*) FROM category WHERE id = ? AND name = ? AND display_order = 900
                AND supply_kind = 'IMMOVABLE_PROPERTY' AND active""", category, name)).isOne();
        assertThat(Fixtures.count("""
                SELECT COUNT(*) FROM subcategory WHERE id = ? AND category_id = ? AND name = 'Hedge trimming'
                AND display_order = 2 AND active""", hedges, category)).isOne();
    }

    @Test
    void adminChangesAndDeactivatesAndTheCatalogAndNewBookingsFollowAtOnce() throws Exception {
        String pincode = Fixtures.freshPincode();
        int[] made = offeredOnlyAt(pincode);
        int category = made[0];
        int subcategory = made[1];
        long customer = Fixtures.registeredCustomer();
        long address = Fixtures.addressOf(customer, "KA", pincode);

        String renamed = "Gardening " + UUID.randomUUID();
        send(ADMIN, "PUT", "/categories/" + category, category(renamed, 950)).statusCode(200)
                .body("id", equalTo(category)).body("name", equalTo(renamed)).body("displayOrder", equalTo(950));
        send(ADMIN, "PUT", "/subcategories/" + subcategory, subcategory(category, "Lawn care", 3)).statusCode(200)
                .body("name", equalTo("Lawn care"));
        assertThat(catalogAt(pincode).getList("categories.name", String.class)).endsWith(renamed);
        assertThat(catalogAt(pincode).getList("categories.subcategories.name.flatten()", String.class)).contains("Lawn care");

        Map<String, Object> inactive = subcategory(category, "Lawn care", 3);
        inactive.put("active", false);
        send(ADMIN, "PUT", "/subcategories/" + subcategory, inactive).statusCode(200).body("active", equalTo(false));
        assertThat(catalogAt(pincode).getList("categories.name", String.class)).doesNotContain(renamed);
        book(customer, address, made[2]).statusCode(422).body("errors[0].field", equalTo("items[0].rateCardId"));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM subcategory WHERE id = ? AND NOT active", subcategory)).isOne();

        send(ADMIN, "PUT", "/subcategories/" + subcategory, subcategory(category, "Lawn care", 3)).statusCode(200);
        assertThat(catalogAt(pincode).getList("categories.name", String.class)).endsWith(renamed);
        book(customer, address, made[2]).statusCode(201);

        Map<String, Object> hidden = category(renamed, 950);
        hidden.put("active", false);
        send(ADMIN, "PUT", "/categories/" + category, hidden).statusCode(200).body("active", equalTo(false));
        assertThat(catalogAt(pincode).getList("categories.name", String.class)).doesNotContain(renamed);
        book(customer, address, made[2]).statusCode(422).body("errors[0].field", equalTo("items[0].rateCardId"));
        assertThat(Fixtures.count("SELECT COUNT(*) FROM category WHERE id = ? AND NOT active AND display_order = 950", category))
                .isOne();
    }

    private static ValidatableResponse book(long customer, long address, int rateCard) {
        return given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body("""
                        {"addressId":%d,"items":[{"rateCardId":%d,"quantity":1,"date":"%s","slot":"10:00"}]}
                        """.formatted(address, rateCard, Fixtures.futureDay()))
                .post("/api/v1/bookings").then();
    }

    @Test
    void badValuesAreRefusedNamingTheFieldTakenNamesAreConflictsAndNothingChanges() throws Exception {
        int category = created(send(ADMIN, "POST", "/categories", category("Garden Care " + UUID.randomUUID(), 900)));
        created(send(ADMIN, "POST", "/subcategories", subcategory(category, "Lawn mowing", 1)));
        long categories = Fixtures.count("SELECT COUNT(*) FROM category");
        long subcategories = Fixtures.count("SELECT COUNT(*) FROM subcategory");

        Map<String, Object> noOrder = category("Pools " + UUID.randomUUID(), 1);
        noOrder.remove("displayOrder");
        Map<String, Object> badKind = category("Pools " + UUID.randomUUID(), 1);
        badKind.put("supplyKind", "goods");
        Map<String, Object> noCategory = subcategory(category, "Pool cleaning", 1);
        noCategory.remove("categoryId");
        for (Object[] bad : new Object[][]{
                {"POST", "/categories", category(" ", 1), "name"},
                {"POST", "/categories", category("x".repeat(101), 1), "name"},
                {"POST", "/categories", category("Pools " + UUID.randomUUID(), 0), "displayOrder"},
                {"POST", "/categories", noOrder, "displayOrder"},
                {"POST", "/categories", badKind, "supplyKind"},
                {"PUT", "/categories/" + category, category("", 1), "name"},
                {"POST", "/subcategories", noCategory, "categoryId"},
                {"POST", "/subcategories", subcategory(category, "", 1), "name"},
                {"PUT", "/subcategories/1", subcategory(1, "Pool cleaning", -1), "displayOrder"}}) {
            send(ADMIN, (String) bad[0], (String) bad[1], (Map<String, Object>) bad[2]).statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[3]));
        }

        send(ADMIN, "POST", "/categories", category("Plumbing", 901)).statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:converge:problem:duplicate-name"));
        send(ADMIN, "PUT", "/categories/" + category, category("Plumbing", 901)).statusCode(409)
                .body("type", equalTo("urn:converge:problem:duplicate-name"));
        send(ADMIN, "POST", "/subcategories", subcategory(category, "Lawn mowing", 2)).statusCode(409)
                .body("type", equalTo("urn:converge:problem:duplicate-name"));
        send(ADMIN, "POST", "/subcategories", subcategory(999_999, "Pool cleaning", 1)).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("categoryId"));
        send(ADMIN, "PUT", "/subcategories/17", subcategory(999_999, "Tap and Mixer Repair", 1)).statusCode(422)
                .body("errors[0].field", equalTo("categoryId"));
        send(ADMIN, "PUT", "/categories/999999", category("Pools " + UUID.randomUUID(), 1)).statusCode(404)
                .contentType("application/problem+json");
        send(ADMIN, "PUT", "/subcategories/999999", subcategory(category, "Pool cleaning", 1)).statusCode(404);

        assertThat(Fixtures.count("SELECT COUNT(*) FROM category")).isEqualTo(categories);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM subcategory")).isEqualTo(subcategories);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM category WHERE name = 'Plumbing'")).isOne();
        assertThat(Fixtures.count("SELECT COUNT(*) FROM subcategory WHERE id = 17 AND category_id = 3 AND name = 'Tap and Mixer Repair'"))
                .isOne();
    }

    @Test
    void onlyAdminShapesTheCatalogCustomersAreForbiddenAndStrangersUnauthorized() throws Exception {
        int category = created(send(ADMIN, "POST", "/categories", category("Garden Care " + UUID.randomUUID(), 900)));
        int subcategory = created(send(ADMIN, "POST", "/subcategories", subcategory(category, "Lawn mowing", 1)));
        long categories = Fixtures.count("SELECT COUNT(*) FROM category");
        long subcategories = Fixtures.count("SELECT COUNT(*) FROM subcategory");

        String attempt = "Taken over " + UUID.randomUUID();
        for (Object[] call : new Object[][]{
                {"POST", "/categories", category(attempt, 1)},
                {"PUT", "/categories/" + category, category(attempt, 1)},
                {"POST", "/subcategories", subcategory(category, attempt, 1)},
                {"PUT", "/subcategories/" + subcategory, subcategory(category, attempt, 1)}}) {
            String method = (String) call[0];
            String path = (String) call[1];
            Map<String, Object> body = (Map<String, Object>) call[2];
            send(Tokens.customer(42), method, path, body).statusCode(403).contentType("application/problem+json");
            send(Tokens.support("s-1"), method, path, body).statusCode(403);
            send(null, method, path, body).statusCode(401);
        }

        assertThat(Fixtures.count("SELECT COUNT(*) FROM category")).isEqualTo(categories);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM subcategory")).isEqualTo(subcategories);
        assertThat(Fixtures.count("SELECT COUNT(*) FROM category WHERE name = ?", attempt)).isZero();
        assertThat(Fixtures.count("SELECT COUNT(*) FROM subcategory WHERE name = ?", attempt)).isZero();
    }
}
