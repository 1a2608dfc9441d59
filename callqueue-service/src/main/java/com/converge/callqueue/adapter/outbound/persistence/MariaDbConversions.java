package com.converge.callqueue.adapter.outbound.persistence;

import com.converge.callqueue.application.port.outbound.Conversions;
import com.converge.callqueue.domain.Conversion;
import com.converge.kernel.domain.CustomerId;
import com.converge.kernel.domain.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MariaDbConversions implements Conversions {

    @Override
    public Uni<Void> add(Conversion conversion) {
        ConversionEntity entity = new ConversionEntity();
        entity.id = conversion.id().toString();
        entity.customerId = conversion.customerId().value();
        entity.conversionType = conversion.conversionType();
        entity.referenceId = conversion.referenceId();
        entity.amount = conversion.value().amount();
        entity.primaryAgent = conversion.primaryAgent();
        entity.commissionAmount = conversion.commission().amount();
        entity.convertedAt = conversion.convertedAt();
        entity.clawedBackAt = conversion.clawedBackAt();
        List<ConversionShareEntity> shares = conversion.shares().stream().map(share -> {
            ConversionShareEntity row = new ConversionShareEntity();
            row.conversionId = entity.id;
            row.agentId = share.agentId();
            row.sharePercent = share.sharePercent();
            row.commissionAmount = share.commission().amount();
            return row;
        }).toList();
        return Panache.getSession().chain(session -> session.persist(entity)
                .chain(() -> session.persistAll(shares.toArray())));
    }

    @Override
    public Uni<Optional<Conversion>> lockByReference(String conversionType, String referenceId) {
        return Panache.getSession().chain(session -> session
                .createQuery("from ConversionEntity where conversionType = :type and referenceId = :reference",
                        ConversionEntity.class)
                .setParameter("type", conversionType)
                .setParameter("reference", referenceId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResultOrNull()
                .chain(entity -> entity == null
                        ? Uni.createFrom().item(Optional.<Conversion>empty())
                        : session.createQuery("from ConversionShareEntity where conversionId = :id",
                                        ConversionShareEntity.class)
                                .setParameter("id", entity.id)
                                .getResultList()
                                .map(shares -> Optional.of(toDomain(entity, shares)))));
    }

    @Override
    public Uni<Void> markClawedBack(Conversion conversion) {
        return Panache.getSession().chain(session -> session.find(ConversionEntity.class, conversion.id().toString())
                .invoke(entity -> entity.clawedBackAt = conversion.clawedBackAt())
                .replaceWithVoid());
    }

    private static Conversion toDomain(ConversionEntity e, List<ConversionShareEntity> shares) {
        return new Conversion(UUID.fromString(e.id), new CustomerId(e.customerId), e.conversionType, e.referenceId,
                new Money(e.amount), e.primaryAgent,
                shares.stream().map(s -> new Conversion.AgentShare(s.agentId, s.sharePercent, new Money(s.commissionAmount)))
                        .toList(),
                new Money(e.commissionAmount), e.convertedAt, e.clawedBackAt);
    }
}
