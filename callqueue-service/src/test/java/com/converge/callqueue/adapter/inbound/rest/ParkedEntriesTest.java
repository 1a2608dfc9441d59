package com.converge.callqueue.adapter.inbound.rest;

import static com.converge.callqueue.CallQueueFixtures.callsOn;
import static com.converge.callqueue.CallQueueFixtures.claim;
import static com.converge.callqueue.CallQueueFixtures.deactivate;
import static com.converge.callqueue.CallQueueFixtures.drain;
import static com.converge.callqueue.CallQueueFixtures.insertOverdueEntry;
import static com.converge.callqueue.CallQueueFixtures.newCustomer;
import static com.converge.callqueue.CallQueueFixtures.parkedUntil;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.converge.callqueue.application.port.inbound.ReturnParkedEntriesUseCase;
import com.converge.callqueue.domain.CallingRules;
import com.converge.kernel.testing.MovableTimeSource;
import com.converge.kernel.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Entries no claim may hand out are parked out of the claims' way, and come back when they may be served again. */
@QuarkusTest
class ParkedEntriesTest {

    @Inject
    MovableTimeSource clock;

    @Inject
    CallingRules rules;

    @Inject
    ReturnParkedEntriesUseCase parked;

    private final List<Long> customers = new ArrayList<>();

    @AfterEach
    void cleanUp() throws Exception {
        clock.reset();
        deactivate(customers);
    }

    @Test
    void anEntryParkedByTodaysLastAllowedCallComesBackTheNextDay() throws Throwable {
        long customer = customer();
        String entry = insertOverdueEntry(customer, "unsigned_users", null);
        callsOn(customer, rules.window().dayOf(clock.now()), rules.dailyAttemptCap() - 1);
        claim("unsigned_users", "a-capper").then().statusCode(200).body("id", equalTo(entry));

        given().auth().oauth2(Tokens.agent("a-capper")).contentType("application/json")
                .body("{\"outcome\":\"no_answer\",\"durationSeconds\":20}").post("/api/v1/entries/" + entry + "/outcomes")
                .then().statusCode(201);

        Instant nextDay = rules.window().startOfNextDay(clock.now());
        assertThat(parkedUntil(entry)).isEqualTo(LocalDateTime.ofInstant(nextDay, ZoneOffset.UTC));
        assertThat(drain("unsigned_users")).doesNotContain(entry);
        VertxContextSupport.subscribeAndAwait(() -> parked.returnDue());
        assertThat(parkedUntil(entry)).isNotNull();

        clock.advance(Duration.between(clock.now(), nextDay).plusSeconds(1));
        VertxContextSupport.subscribeAndAwait(() -> parked.returnDue());

        assertThat(parkedUntil(entry)).isNull();
        assertThat(drain("unsigned_users")).contains(entry);
    }

    @Test
    void aCustomerListedWhileTheirLastAllowedCallIsOnStaysParkedForGood() throws Throwable {
        long customer = customer();
        String entry = insertOverdueEntry(customer, "unsigned_users", null);
        callsOn(customer, rules.window().dayOf(clock.now()), rules.dailyAttemptCap() - 1);
        claim("unsigned_users", "a-listed").then().statusCode(200).body("id", equalTo(entry));
        given().auth().oauth2(Tokens.customer(customer)).contentType("application/json").body("{\"reason\":\"no calls\"}")
                .post("/api/v1/do-not-call").then().statusCode(200);

        given().auth().oauth2(Tokens.agent("a-listed")).contentType("application/json")
                .body("{\"outcome\":\"connected\",\"durationSeconds\":40}").post("/api/v1/entries/" + entry + "/outcomes")
                .then().statusCode(201);

        assertThat(parkedUntil(entry)).isEqualTo(LocalDateTime.of(9999, 12, 31, 0, 0));
    }

    @Test
    void aCustomerPutOnTheDoNotCallListIsParkedInEveryQueueForGood() throws Throwable {
        long customer = customer();
        String lead = insertOverdueEntry(customer, "unsigned_users", null);
        String request = insertOverdueEntry(customer, "outstanding_requests", null);

        given().auth().oauth2(Tokens.customer(customer)).contentType("application/json").body("{\"reason\":\"no calls\"}")
                .post("/api/v1/do-not-call").then().statusCode(200);

        assertThat(parkedUntil(lead)).isEqualTo(LocalDateTime.of(9999, 12, 31, 0, 0));
        assertThat(parkedUntil(request)).isEqualTo(LocalDateTime.of(9999, 12, 31, 0, 0));
        clock.advance(Duration.ofDays(400));
        VertxContextSupport.subscribeAndAwait(() -> parked.returnDue());
        assertThat(drain("unsigned_users")).doesNotContain(lead);
        assertThat(drain("outstanding_requests")).doesNotContain(request);
        assertThat(parkedUntil(lead)).isNotNull();
        claim("unsigned_users", "a-idle").then().statusCode(204);
    }

    private long customer() {
        long customer = newCustomer();
        customers.add(customer);
        return customer;
    }
}
