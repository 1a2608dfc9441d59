package com.converge.booking.adapter.inbound.rest;

import com.converge.booking.application.port.inbound.AddAddressCommand;
import com.converge.booking.application.port.inbound.FindCustomerUseCase;
import com.converge.booking.application.port.inbound.ManageAddressesUseCase;
import com.converge.booking.application.port.inbound.RegisterCustomerCommand;
import com.converge.booking.application.port.inbound.RegisterCustomerUseCase;
import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.customer.Address;
import com.converge.booking.domain.customer.EmailAddress;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.booking.domain.customer.ReferralCode;
import com.converge.kernel.domain.Caller;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.InvalidValueException;
import com.converge.kernel.domain.Role;
import com.converge.kernel.security.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
public class CustomerResource {

    private final RegisterCustomerUseCase registerCustomer;
    private final FindCustomerUseCase findCustomer;
    private final ManageAddressesUseCase addresses;
    private final CurrentCaller caller;

    CustomerResource(RegisterCustomerUseCase registerCustomer, FindCustomerUseCase findCustomer,
                     ManageAddressesUseCase addresses, CurrentCaller caller) {
        this.registerCustomer = registerCustomer;
        this.findCustomer = findCustomer;
        this.addresses = addresses;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Register a customer", description = "Roles: CUSTOMER registers themselves, and their token's "
            + "subject becomes their customer id (409 if taken); ADMIN (the sign-up front end) registers anyone, and the "
            + "service numbers them. Publishes CustomerRegistered.")
    @APIResponseSchema(value = CustomerResponse.class, responseCode = "201", responseDescription = "Registered; Location is its URL")
    public Uni<Response> register(RegisterCustomerRequest request, UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        Caller who = caller.get();
        RegisterCustomerCommand command = new RegisterCustomerCommand(
                who.isCustomerOnly() ? who.customerId() : null,
                request.name(),
                MobileNumber.parse(request.phone()),
                request.email() == null ? null : new EmailAddress(request.email().strip()),
                request.referralCode() == null || request.referralCode().isBlank() ? null
                        : new ReferralCode(request.referralCode().strip().toUpperCase(Locale.ROOT)));
        return registerCustomer.register(command).map(customer -> Response
                .created(uri.getAbsolutePathBuilder().path(customer.id().toString()).build())
                .entity(CustomerResponse.of(customer))
                .build());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A customer's profile", description = "Roles: CUSTOMER (their own; others' are 404), SUPPORT, ADMIN.")
    public Uni<CustomerResponse> get(@PathParam("id") String id) {
        return findCustomer.find(CustomerId.of(id), caller.get()).map(CustomerResponse::of);
    }

    @POST
    @Path("/{id}/addresses")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Add an address", description = "Roles: CUSTOMER (their own), ADMIN. The first address, or one "
            + "sent with isDefault, becomes the default.")
    @APIResponseSchema(value = AddressResponse.class, responseCode = "201", responseDescription = "Added; Location is its URL")
    public Uni<Response> addAddress(@PathParam("id") String id, AddressRequest request, UriInfo uri) {
        if (request == null) {
            throw new InvalidValueException("body", "is required");
        }
        CustomerId owner = CustomerId.of(id);
        Address address = new Address(0, owner, request.label(), request.line1(), request.line2(), request.city(),
                request.stateCode() == null ? null : StateCode.of("stateCode", request.stateCode().strip().toUpperCase(Locale.ROOT)),
                request.pincode() == null ? null : Pincode.of("pincode", request.pincode().strip()),
                request.isDefault());
        return addresses.add(new AddAddressCommand(address, caller.get())).map(stored -> Response
                .created(uri.getAbsolutePathBuilder().path(Long.toString(stored.id())).build())
                .entity(AddressResponse.of(stored))
                .build());
    }

    @GET
    @Path("/{id}/addresses")
    @RolesAllowed({Role.CUSTOMER_NAME, Role.SUPPORT_NAME, Role.ADMIN_NAME})
    @Operation(summary = "A customer's addresses, default first", description = "Roles: CUSTOMER (their own), SUPPORT, ADMIN.")
    public Uni<List<AddressResponse>> addresses(@PathParam("id") String id) {
        return addresses.list(CustomerId.of(id), caller.get()).map(list -> list.stream().map(AddressResponse::of).toList());
    }
}
