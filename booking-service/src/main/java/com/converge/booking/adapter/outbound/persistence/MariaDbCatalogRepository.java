package com.converge.booking.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.booking.application.port.outbound.CatalogRepository;
import com.converge.booking.domain.Pincode;
import com.converge.booking.domain.catalog.Catalog;
import com.converge.booking.domain.catalog.Category;
import com.converge.booking.domain.catalog.RateCard;
import com.converge.booking.domain.catalog.Subcategory;
import com.converge.booking.domain.catalog.SupplyKind;
import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class MariaDbCatalogRepository implements CatalogRepository {

    @Override
    public Uni<Catalog> load() {
        return CategoryEntity.<CategoryEntity>listAll().chain(categories -> SubcategoryEntity.<SubcategoryEntity>listAll()
                .chain(subcategories -> pincodesByRateCard()
                        .chain(pincodes -> RateCardEntity.<RateCardEntity>listAll()
                                .map(cards -> new Catalog(
                                        categories.stream().map(MariaDbCatalogRepository::toDomain).toList(),
                                        subcategories.stream().map(MariaDbCatalogRepository::toDomain).toList(),
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

    @Override
    public Uni<Optional<Category>> category(int id) {
        return CategoryEntity.<CategoryEntity>findById(id).map(found -> Optional.ofNullable(found).map(MariaDbCatalogRepository::toDomain));
    }

    @Override
    public Uni<Optional<Subcategory>> subcategory(int id) {
        return SubcategoryEntity.<SubcategoryEntity>findById(id)
                .map(found -> Optional.ofNullable(found).map(MariaDbCatalogRepository::toDomain));
    }

    @Override
    public Uni<Category> add(Category category) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "INSERT INTO category (name, display_order, supply_kind, active) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, category.name()).setParameter(2, category.displayOrder())
                        .setParameter(3, category.supplyKind().name()).setParameter(4, category.active())
                        .executeUpdate()
                        .chain(() -> lastInsertId(session)))
                .onFailure(SqlValues::isDuplicateKey).transform(e -> nameTaken("a category", category.name()))
                .map(id -> new Category(id, category.name(), category.displayOrder(), category.supplyKind(), category.active()));
    }

    @Override
    public Uni<Void> update(Category category) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "UPDATE category SET name = ?2, display_order = ?3, supply_kind = ?4, active = ?5 WHERE id = ?1")
                        .setParameter(1, category.id()).setParameter(2, category.name()).setParameter(3, category.displayOrder())
                        .setParameter(4, category.supplyKind().name()).setParameter(5, category.active())
                        .executeUpdate())
                .onFailure(SqlValues::isDuplicateKey).transform(e -> nameTaken("a category", category.name()))
                .replaceWithVoid();
    }

    @Override
    public Uni<Subcategory> add(Subcategory subcategory) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "INSERT INTO subcategory (category_id, name, display_order, active) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, subcategory.categoryId()).setParameter(2, subcategory.name())
                        .setParameter(3, subcategory.displayOrder()).setParameter(4, subcategory.active())
                        .executeUpdate()
                        .chain(() -> lastInsertId(session)))
                .onFailure(SqlValues::isDuplicateKey).transform(e -> nameTaken("a subcategory of the category", subcategory.name()))
                .map(id -> new Subcategory(id, subcategory.categoryId(), subcategory.name(), subcategory.displayOrder(),
                        subcategory.active()));
    }

    @Override
    public Uni<Void> update(Subcategory subcategory) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "UPDATE subcategory SET category_id = ?2, name = ?3, display_order = ?4, active = ?5 WHERE id = ?1")
                        .setParameter(1, subcategory.id()).setParameter(2, subcategory.categoryId())
                        .setParameter(3, subcategory.name()).setParameter(4, subcategory.displayOrder())
                        .setParameter(5, subcategory.active())
                        .executeUpdate())
                .onFailure(SqlValues::isDuplicateKey).transform(e -> nameTaken("a subcategory of the category", subcategory.name()))
                .replaceWithVoid();
    }

    private static Uni<Integer> lastInsertId(Mutiny.Session session) {
        return session.createNativeQuery("SELECT LAST_INSERT_ID()", Object.class).getSingleResult()
                .map(id -> (int) NativeSql.number(id));
    }

    private static ConflictException nameTaken(String what, String name) {
        return new ConflictException("duplicate-name", what + " is named " + name + " already");
    }

    private static Uni<Map<Long, Set<Pincode>>> pincodesByRateCard() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT rate_card_id, pincode FROM rate_card_pincode", Object[].class)
                .getResultList()
                .map(rows -> {
                    Map<Long, Set<Pincode>> byCard = new HashMap<>();
                    for (Object[] row : rows) {
                        byCard.computeIfAbsent(NativeSql.number(row[0]), id -> new HashSet<>()).add(new Pincode((String) row[1]));
                    }
                    return byCard;
                }));
    }

    private static Category toDomain(CategoryEntity entity) {
        return new Category(entity.id, entity.name, entity.displayOrder, SupplyKind.valueOf(entity.supplyKind), entity.active);
    }

    private static Subcategory toDomain(SubcategoryEntity entity) {
        return new Subcategory(entity.id, entity.categoryId, entity.name, entity.displayOrder, entity.active);
    }

    private static RateCard toDomain(RateCardEntity entity, Set<Pincode> pincodes) {
        return new RateCard(entity.id, entity.subcategoryId, entity.name, new Money(entity.price),
                entity.strikePrice == null ? null : new Money(entity.strikePrice), entity.durationMinutes,
                entity.activeFrom, entity.activeUntil, entity.allPincodes ? Set.of() : pincodes);
    }

}
