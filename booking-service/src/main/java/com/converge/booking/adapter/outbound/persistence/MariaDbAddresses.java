package com.converge.booking.adapter.outbound.persistence;

import com.converge.booking.application.port.outbound.Addresses;
import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.StateCode;
import com.converge.booking.domain.customer.Address;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.TimeSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MariaDbAddresses implements Addresses {

    private final TimeSource clock;

    MariaDbAddresses(TimeSource clock) {
        this.clock = clock;
    }

    @Override
    public Uni<Address> add(Address address) {
        AddressEntity entity = new AddressEntity();
        entity.customerId = address.customerId().value();
        entity.label = address.label();
        entity.line1 = address.line1();
        entity.line2 = address.line2();
        entity.city = address.city();
        entity.stateCode = address.state().name();
        entity.pincode = address.pincode().value();
        entity.isDefault = address.isDefault();
        entity.createdAt = clock.now();
        return entity.<AddressEntity>persist().map(MariaDbAddresses::toDomain);
    }

    @Override
    public Uni<List<Address>> of(CustomerId customerId) {
        return AddressEntity.<AddressEntity>list("customerId = ?1 order by isDefault desc, id", customerId.value())
                .map(rows -> rows.stream().map(MariaDbAddresses::toDomain).toList());
    }

    @Override
    public Uni<Optional<Address>> findById(long id) {
        return AddressEntity.<AddressEntity>findById(id).map(entity -> Optional.ofNullable(entity).map(MariaDbAddresses::toDomain));
    }

    @Override
    public Uni<Void> clearDefault(CustomerId customerId) {
        return AddressEntity.update("isDefault = false where customerId = ?1 and isDefault = true", customerId.value())
                .replaceWithVoid();
    }

    private static Address toDomain(AddressEntity entity) {
        return new Address(entity.id, new CustomerId(entity.customerId), entity.label, entity.line1, entity.line2,
                entity.city, StateCode.valueOf(entity.stateCode), new Pincode(entity.pincode), entity.isDefault);
    }
}
