package com.converge.order.adapter.inbound.rest;

import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.placedOrder;
import static com.converge.order.Shop.uniqueSku;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.converge.kernel.testing.Tokens;
import com.converge.order.Shop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewResourceTest {

    @Test
    void buyersWhoReceivedAProductReviewItOnceAndItsRatingIsTheAverage() {
        String sku = uniqueSku("REV");
        String first = given().auth().oauth2(Tokens.admin("ad-1")).contentType(ContentType.JSON).body("""
                {"name":"Reviewed","categoryId":%d,"variants":[{"sku":"%s","price":100.00,"onHand":10,"lowStockThreshold":0}]}
                """.formatted(Shop.category(), sku)).post("/api/v1/products").then().statusCode(201).extract().path("id");
        long alice = deliveredBuyer(sku);
        long bob = deliveredBuyer(sku);

        review(alice, first, 5).then().statusCode(201).body("rating", equalTo(5));
        review(alice, first, 1).then().statusCode(409);
        review(bob, first, 2).then().statusCode(201);
        review(newCustomer(), first, 4).then().statusCode(422).body("errors.field", hasItem("productId"));
        review(bob, first, 6).then().statusCode(400).body("errors.field", hasItem("rating"));

        given().auth().oauth2(Tokens.customer(1)).get("/api/v1/products/" + first + "/reviews").then().statusCode(200)
                .body("averageRating", equalTo(3.5f)).body("ratingCount", equalTo(2)).body("reviews[0].customerId", equalTo((int) bob));
    }

    private static long deliveredBuyer(String sku) {
        long customer = newCustomer();
        String order = placedOrder(customer, "prepaid", sku, 1);
        Shop.admin(order, "confirm", null);
        Shop.admin(order, "pack", null);
        Shop.admin(order, "ship", "{\"carrier\":\"Ekart\"}");
        Shop.admin(order, "deliver", null);
        return customer;
    }

    private static io.restassured.response.Response review(long customer, String productId, int rating) {
        return given().auth().oauth2(Tokens.customer(customer)).contentType(ContentType.JSON)
                .body("{\"rating\":" + rating + ",\"text\":\"Works well\"}")
                .post("/api/v1/products/" + productId + "/reviews");
    }
}
