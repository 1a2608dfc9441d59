package com.converge.order.adapter.inbound.rest;

import static com.converge.order.Shop.count;
import static com.converge.order.Shop.execute;
import static com.converge.order.Shop.newCustomer;
import static com.converge.order.Shop.product;
import static com.converge.order.Shop.text;
import static com.converge.order.Shop.uniqueSku;
import static com.converge.order.adapter.inbound.rest.CartResourceTest.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WishlistResourceTest {

    @Test
    void aCustomerWishesForVariantsAndProductsOnceEachAndForgetsThem() throws Exception {
        String watch = uniqueSku("WWA");
        String band = uniqueSku("WBA");
        product(watch, 5, "2500.00");
        String bandVariant = product(band, 5, "300.00");
        String bandProduct = text("SELECT product_id FROM variant WHERE id = ?", bandVariant);
        long customer = newCustomer();

        as(customer).put("/api/v1/wishlist/variants/" + watch).then().statusCode(201).body("sku", hasItem(watch));
        as(customer).put("/api/v1/wishlist/variants/" + watch).then().statusCode(200).body("", hasSize(1));
        as(customer).put("/api/v1/wishlist/products/" + bandProduct).then().statusCode(201);
        as(customer).put("/api/v1/wishlist/products/" + bandProduct).then().statusCode(200);
        as(customer).get("/api/v1/wishlist").then().statusCode(200)
                .body("", hasSize(2))
                .body("find { it.productId == '" + bandProduct + "' }.sku", nullValue())
                .body("find { it.productId == '" + bandProduct + "' }.price", equalTo(300.0f))
                .body("find { it.sku == '" + watch + "' }.price", equalTo(2500.0f))
                .body("forSale", everyItemTrue());
        assertThat(count("SELECT COUNT(*) FROM wishlist_item WHERE customer_id = ?", customer)).isEqualTo(2);

        as(customer).delete("/api/v1/wishlist/variants/" + watch).then().statusCode(200).body("", hasSize(1));
        as(customer).delete("/api/v1/wishlist/products/" + bandProduct).then().statusCode(200).body("", hasSize(0));
        as(customer).delete("/api/v1/wishlist/products/" + bandProduct).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void movingToTheCartAddsTheSkuAndTakesItOrItsProductOffTheWishlistTogether() throws Exception {
        String shoe = uniqueSku("WSH");
        String sock = uniqueSku("WSO");
        String shoeVariant = product(shoe, 5, "1800.00");
        product(sock, 5, "99.00");
        String shoeProduct = text("SELECT product_id FROM variant WHERE id = ?", shoeVariant);
        long customer = newCustomer();
        as(customer).put("/api/v1/wishlist/products/" + shoeProduct).then().statusCode(201);
        as(customer).put("/api/v1/wishlist/variants/" + sock).then().statusCode(201);

        as(customer).body(Map.of("sku", shoe, "quantity", 2)).post("/api/v1/wishlist/move-to-cart").then().statusCode(200)
                .body("lines", hasSize(1)).body("lines[0].sku", equalTo(shoe)).body("lines[0].quantity", equalTo(2));
        as(customer).body(Map.of("sku", sock)).post("/api/v1/wishlist/move-to-cart").then().statusCode(200)
                .body("lines", hasSize(2)).body("lines.find { it.sku == '" + sock + "' }.quantity", equalTo(1));
        as(customer).get("/api/v1/wishlist").then().statusCode(200).body("", hasSize(0));

        // neither on the wishlist any more: 404 and the cart keeps what it had
        as(customer).body(Map.of("sku", sock)).post("/api/v1/wishlist/move-to-cart").then().statusCode(404)
                .contentType("application/problem+json");
        as(customer).body(Map.of("sku", shoe, "quantity", 0)).post("/api/v1/wishlist/move-to-cart").then().statusCode(400)
                .body("errors.field", hasItem("quantity"));
        assertThat(count("SELECT COALESCE(SUM(quantity), 0) FROM cart_line WHERE customer_id = ?", customer)).isEqualTo(3);
    }

    @Test
    void unknownOrRetiredItemsAreProblemsAndOnlyCustomersHaveAWishlist() throws Exception {
        String retired = uniqueSku("WRT");
        String retiredVariant = product(retired, 5, "10.00");
        execute("UPDATE variant SET active = FALSE WHERE id = ?", retiredVariant);
        long customer = newCustomer();

        as(customer).put("/api/v1/wishlist/variants/NO-SUCH-" + customer).then().statusCode(404).contentType("application/problem+json");
        as(customer).put("/api/v1/wishlist/products/0190f2a4-0000-7000-8000-000000000000").then().statusCode(404);
        as(customer).put("/api/v1/wishlist/products/not-a-uuid").then().statusCode(400).body("errors.field", hasItem("productId"));
        as(customer).put("/api/v1/wishlist/variants/" + retired).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("sku"));
        assertThat(count("SELECT COUNT(*) FROM wishlist_item WHERE customer_id = ?", customer)).isZero();

        String sku = uniqueSku("WOWN");
        product(sku, 5, "10.00");
        as(customer).put("/api/v1/wishlist/variants/" + sku).then().statusCode(201);
        as(newCustomer()).get("/api/v1/wishlist").then().statusCode(200).body("", hasSize(0));
        given().auth().oauth2(Tokens.admin("ad-1")).get("/api/v1/wishlist").then().statusCode(403);
        given().auth().oauth2(Tokens.support("s-1")).put("/api/v1/wishlist/variants/" + sku).then().statusCode(403);
    }

    private static org.hamcrest.Matcher<Iterable<? extends Boolean>> everyItemTrue() {
        return org.hamcrest.Matchers.everyItem(equalTo(true));
    }
}
