package com.converge.booking.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.booking.application.port.outbound.Customers;
import com.converge.booking.domain.customer.Customer;
import com.converge.booking.domain.customer.EmailAddress;
import com.converge.booking.domain.customer.MobileNumber;
import com.converge.booking.domain.customer.ReferralCode;
import com.converge.booking.domain.customer.Registration;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.CustomerId;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
public class MariaDbCustomers implements Customers {

    private static final String INSERT = """
            INSERT INTO customer (id, name, phone, email, referral_code, referred_by, registered_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""";

    @Override
    public Uni<Customer> add(Registration registration) {
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                        .setParameter(1, registration.chosen().map(CustomerId::value).orElse(null))
                        .setParameter(2, registration.name())
                        .setParameter(3, registration.phone().value())
                        .setParameter(4, registration.email().value())
                        .setParameter(5, registration.referralCode().value())
                        .setParameter(6, registration.referredBy() == null ? null : registration.referredBy().value())
                        .setParameter(7, NativeSql.utc(registration.registeredAt()))
                        .executeUpdate()
                        .chain(() -> registration.chosen().map(id -> Uni.createFrom().item(id))
                                .orElseGet(() -> session.createNativeQuery("SELECT LAST_INSERT_ID()", Object.class)
                                        .getSingleResult().map(id -> new CustomerId(NativeSql.number(id))))))
                .onFailure(SqlValues::isDuplicateKey)
                .transform(e -> new ConflictException("customer-exists", "a customer with this id or phone number is registered already"))
                .map(registration::as);
    }

    @Override
    public Uni<Optional<Customer>> findById(CustomerId id) {
        return CustomerEntity.<CustomerEntity>findById(id.value()).map(entity -> Optional.ofNullable(entity).map(MariaDbCustomers::toDomain));
    }

    @Override
    public Uni<Optional<Customer>> findByPhone(MobileNumber phone) {
        return CustomerEntity.<CustomerEntity>find("phone", phone.value()).firstResult()
                .map(entity -> Optional.ofNullable(entity).map(MariaDbCustomers::toDomain));
    }

    @Override
    public Uni<Optional<Customer>> findByReferralCode(ReferralCode code) {
        return CustomerEntity.<CustomerEntity>find("referralCode", code.value()).firstResult()
                .map(entity -> Optional.ofNullable(entity).map(MariaDbCustomers::toDomain));
    }

    private static Customer toDomain(CustomerEntity entity) {
        return new Customer(new CustomerId(entity.id), entity.name, new MobileNumber(entity.phone), new EmailAddress(entity.email),
                new ReferralCode(entity.referralCode), entity.referredBy == null ? null : new CustomerId(entity.referredBy),
                entity.registeredAt);
    }
}
