package com.converge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.converge.e2e.client.booking.api.CustomersApi;
import com.converge.e2e.client.booking.model.CustomerResponse;
import com.converge.e2e.client.booking.model.RegisterCustomerRequest;
import com.converge.e2e.client.callqueue.api.DoNotCallListApi;
import com.converge.e2e.client.callqueue.model.AddRequest;
import com.converge.e2e.client.callqueue.model.DoNotCallResponse;
import com.converge.e2e.client.complaint.api.ComplaintsApi;
import com.converge.e2e.client.complaint.model.CreatedComplaintResponse;
import com.converge.e2e.client.complaint.model.CreateComplaintRequest;
import com.converge.e2e.client.order.api.CatalogAndStockApi;
import com.converge.e2e.client.order.model.IdResponse;
import com.converge.e2e.client.order.model.NameRequest;
import com.converge.kernel.testing.TestDatabase;
import com.converge.kernel.testing.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a team outside Converge does with its API contracts: generate a client from each committed
 * OpenAPI document (docs/openapi, by openapi-generator at build time, see this module's pom) and
 * call the running services with it and a real JWT. A document that drifted from the code (a path,
 * a field name, a schema) fails here; PlatformEndpointsTest keeps the documents equal to what the
 * services serve.
 */
class ThirdPartyApiClientIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SERVICES = List.of("booking-service", "complaint-service", "order-service", "callqueue-service");
    private static Map<String, ServiceProcess> running;

    @BeforeAll
    static void startPlatform() {
        ServiceProcess.createEveryTopic();
        running = new LinkedHashMap<>();
        for (String service : SERVICES) {
            String database = "e2e_api_" + service.substring(0, service.indexOf('-'));
            TestDatabase.recreate(database);
            running.put(service, new ServiceProcess(service, database));
        }
        // all four at once; stopPlatform stops them even when one did not start
        CompletableFuture.allOf(running.values().stream().map(service -> CompletableFuture.runAsync(service::start))
                .toArray(CompletableFuture[]::new)).join();
    }

    @AfterAll
    static void stopPlatform() throws InterruptedException {
        for (ServiceProcess service : running.values()) {
            service.close();
        }
    }

    @Test
    void aCustomerRegistersAndReadsThemselvesBack() throws Exception {
        CustomersApi customers = new CustomersApi(booking(Tokens.customer(5101)));
        RegisterCustomerRequest request = new RegisterCustomerRequest();
        request.setName("Priya Sharma");
        request.setPhone("+919876543210");
        request.setEmail("priya@example.in");

        CustomerResponse registered = customers.customerResourceRegister(request);

        assertThat(registered.getId()).isEqualTo(5101L);
        assertThat(customers.customerResourceGet("5101").getName()).isEqualTo("Priya Sharma");
    }

    @Test
    void aCustomerRaisesAComplaintAndAnotherCustomerCannotSeeIt() throws Exception {
        CreateComplaintRequest request = new CreateComplaintRequest();
        request.setType(CreateComplaintRequest.TypeEnum.DELAY);
        request.setPriority(CreateComplaintRequest.PriorityEnum.HIGH);
        request.setSubject("Plumber did not arrive");
        request.setDescription("The slot was 10:00-12:00 and nobody came.");

        CreatedComplaintResponse raised = new ComplaintsApi(complaint(Tokens.customer(5102))).complaintResourceCreate(request);
        assertThat(raised.getTriage().getSuggestedPriority()).isNotNull();

        assertThat(new ComplaintsApi(complaint(Tokens.support("s-1"))).complaintResourceGet(raised.getId()).getSubject())
                .isEqualTo("Plumber did not arrive");
        var notYours = catchThrowableOfType(com.converge.e2e.client.complaint.ApiException.class,
                () -> new ComplaintsApi(complaint(Tokens.customer(5103))).complaintResourceGet(raised.getId()));
        assertThat(notYours.getCode()).isEqualTo(404);
        assertThat(problemType(notYours.getResponseBody())).isEqualTo("urn:converge:problem:not-found");
    }

    @Test
    void anAdminAddsACategoryOnceAndASecondOneOfTheSameNameIsAConflict() throws Exception {
        CatalogAndStockApi catalog = new CatalogAndStockApi(order(Tokens.admin("a-1")));
        NameRequest request = new NameRequest();
        request.setName("Kitchen appliances");

        IdResponse added = catalog.catalogResourceAddCategory(request);

        assertThat(added.getName()).isEqualTo("Kitchen appliances");
        var taken = catchThrowableOfType(com.converge.e2e.client.order.ApiException.class,
                () -> catalog.catalogResourceAddCategory(request));
        assertThat(taken.getCode()).isEqualTo(409);
        assertThat(problemType(taken.getResponseBody())).startsWith("urn:converge:problem:");
    }

    @Test
    void aCustomerPutsThemselvesOnTheDoNotCallListAndSupportSeesThem() throws Exception {
        AddRequest request = new AddRequest();
        request.setReason("Please do not call me");

        new DoNotCallListApi(callqueue(Tokens.customer(5104))).doNotCallResourceAdd(request);

        List<DoNotCallResponse> listed = new DoNotCallListApi(callqueue(Tokens.support("s-1"))).doNotCallResourceList(50);
        assertThat(listed).extracting(DoNotCallResponse::getCustomerId).contains(5104L);
    }

    private static String problemType(String body) throws Exception {
        JsonNode problem = JSON.readTree(body);
        return problem.path("type").asText();
    }

    private static com.converge.e2e.client.booking.ApiClient booking(String token) {
        return authorised(new com.converge.e2e.client.booking.ApiClient(), "booking-service", token,
                com.converge.e2e.client.booking.ApiClient::updateBaseUri, client -> client::setRequestInterceptor);
    }

    private static com.converge.e2e.client.complaint.ApiClient complaint(String token) {
        return authorised(new com.converge.e2e.client.complaint.ApiClient(), "complaint-service", token,
                com.converge.e2e.client.complaint.ApiClient::updateBaseUri, client -> client::setRequestInterceptor);
    }

    private static com.converge.e2e.client.order.ApiClient order(String token) {
        return authorised(new com.converge.e2e.client.order.ApiClient(), "order-service", token,
                com.converge.e2e.client.order.ApiClient::updateBaseUri, client -> client::setRequestInterceptor);
    }

    private static com.converge.e2e.client.callqueue.ApiClient callqueue(String token) {
        return authorised(new com.converge.e2e.client.callqueue.ApiClient(), "callqueue-service", token,
                com.converge.e2e.client.callqueue.ApiClient::updateBaseUri, client -> client::setRequestInterceptor);
    }

    /** Each generated client has its own ApiClient class: point it at the service and send the bearer token. */
    private static <C> C authorised(C client, String service, String token, BiConsumer<C, String> baseUri,
                                    Function<C, Consumer<Consumer<HttpRequest.Builder>>> interceptor) {
        baseUri.accept(client, running.get(service).baseUrl());
        interceptor.apply(client).accept(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
