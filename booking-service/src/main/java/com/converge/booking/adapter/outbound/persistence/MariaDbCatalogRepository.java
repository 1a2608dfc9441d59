package com.converge.booking.adapter.outbound.persistence;

import com.converge.booking.application.port.outbound.CatalogRepository;
import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.catalog.Catalog;
import com.converge.booking.domain.catalog.Category;
import com.converge.booking.domain.catalog.RateCard;
import com.converge.booking.domain.catalog.Subcategory;
import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.kernel.domain.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class MariaDbCatalogRepository implements CatalogRepository {

    @Override
    public Uni<Catalog> load() {
        return CategoryEntity.<CategoryEntity>listAll().chain(categories -> SubcategoryEntity.<SubcategoryEntity>listAll()
                .chain(subcategories -> pincodesByRateCard()
                        .chain(pincodes -> RateCardEntity.<RateCardEntity>listAll()
                                .map(cards -> new Catalog(
                                        categories.stream().map(MariaDbCatalogRepository::toDomain).toList(),
                                        subcategories.stream().map(s -> new Subcategory(s.id, s.categoryId, s.name)).toList(),
                                        cards.stream().map(c -> toDomain(c, pincodes.getOrDefault(c.id, Set.of()))).toList())))));
    }

    @Override
    public Uni<RateCard> add(RateCard card) {
        RateCardEntity entity = new RateCardEntity();
        entity.subcategoryId = card.subcategoryId();
        entity.name = card.name();
        entity.price = card.price().amount();
        entity.strikePrice = card.strikePrice() == null ? null : card.strikePrice().amount();
        entity.durationMinutes = card.durationMinutes();
        entity.activeFrom = card.activeFrom();
        entity.activeUntil = card.activeUntil();
        entity.allPincodes = card.isOfferedEverywhere();
        return entity.<RateCardEntity>persist().call(stored -> Panache.getSession().chain(session -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Pincode pincode : card.pincodes()) {
                chain = chain.chain(() -> session.createNativeQuery(
                                "INSERT INTO rate_card_pincode (rate_card_id, pincode) VALUES (?1, ?2)")
                        .setParameter(1, stored.id).setParameter(2, pincode.value()).executeUpdate().replaceWithVoid());
            }
            return chain;
        })).map(stored -> toDomain(stored, card.pincodes()));
    }

    private static Uni<Map<Long, Set<Pincode>>> pincodesByRateCard() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT rate_card_id, pincode FROM rate_card_pincode", Object[].class)
                .getResultList()
                .map(rows -> {
                    Map<Long, Set<Pincode>> byCard = new HashMap<>();
                    for (Object[] row : rows) {
                        byCard.computeIfAbsent(SqlValues.asLong(row[0]), id -> new HashSet<>()).add(new Pincode((String) row[1]));
                    }
                    return byCard;
                }));
    }

    private static Category toDomain(CategoryEntity entity) {
        return new Category(entity.id, entity.name, entity.displayOrder, SupplyKind.valueOf(entity.supplyKind));
    }

    private static RateCard toDomain(RateCardEntity entity, Set<Pincode> pincodes) {
        return new RateCard(entity.id, entity.subcategoryId, entity.name, new Money(entity.price),
                entity.strikePrice == null ? null : new Money(entity.strikePrice), entity.durationMinutes,
                entity.activeFrom, entity.activeUntil, entity.allPincodes ? Set.of() : pincodes);
    }

}
