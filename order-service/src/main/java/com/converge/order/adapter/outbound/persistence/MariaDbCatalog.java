package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.domain.ConflictException;
import com.converge.kernel.domain.Money;
import com.converge.order.application.port.outbound.Catalog;
import com.converge.order.application.port.outbound.ProductSearch;
import com.converge.order.application.port.outbound.VariantOnSale;
import com.converge.order.domain.Product;
import com.converge.order.domain.Variant;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class MariaDbCatalog implements Catalog {

    private static final TypeReference<List<String>> URLS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private final ObjectMapper json;

    MariaDbCatalog(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Uni<Long> addCategory(String name) {
        return addNamed("category", name);
    }

    @Override
    public Uni<Long> addBrand(String name) {
        return addNamed("brand", name);
    }

    private Uni<Long> addNamed(String table, String name) {
        return Sql.update("INSERT IGNORE INTO " + table + " (name) VALUES (?1)", name)
                .invoke(inserted -> {
                    if (inserted == 0) {
                        throw new ConflictException("name-taken", "a " + table + " named " + name + " exists");
                    }
                })
                .chain(() -> Sql.rows("SELECT id, name FROM " + table + " WHERE name = ?1", name))
                .map(rows -> ((Number) rows.get(0)[0]).longValue());
    }

    @Override
    public Uni<Boolean> hasCategory(long id) {
        return Sql.rows("SELECT id, name FROM category WHERE id = ?1", id).map(rows -> !rows.isEmpty());
    }

    @Override
    public Uni<Boolean> hasBrand(long id) {
        return Sql.rows("SELECT id, name FROM brand WHERE id = ?1", id).map(rows -> !rows.isEmpty());
    }

    @Override
    public Uni<Void> addProduct(Product product) {
        List<Object> entities = new ArrayList<>();
        entities.add(toEntity(product));
        product.variants().forEach(v -> entities.add(toEntity(v)));
        // flushed now: the stock rows written next refer to the variants
        return Panache.getSession().chain(session -> session.persistAll(entities.toArray()).chain(session::flush));
    }

    @Override
    public Uni<Optional<Product>> product(UUID id) {
        return ProductEntity.<ProductEntity>findById(id.toString()).chain(entity -> entity == null
                ? Uni.createFrom().item(Optional.<Product>empty())
                : withVariants(List.of(entity)).map(products -> Optional.of(products.get(0))));
    }

    @Override
    public Uni<List<Product>> search(ProductSearch search, int limit) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (search.activeOnly()) {
            where.add("active = true");
        }
        if (search.text() != null) {
            where.add("lower(name) like :text");
            parameters.and("text", "%" + search.text().toLowerCase(Locale.ROOT) + "%");
        }
        if (search.categoryId() != null) {
            where.add("categoryId = :category");
            parameters.and("category", search.categoryId());
        }
        if (search.brandId() != null) {
            where.add("brandId = :brand");
            parameters.and("brand", search.brandId());
        }
        if (search.afterCreatedAt() != null) {
            where.add("(createdAt > :after or (createdAt = :after and id > :afterId))");
            parameters.and("after", search.afterCreatedAt()).and("afterId", search.afterId().toString());
        }
        String query = (where.isEmpty() ? "1 = 1" : String.join(" and ", where)) + " order by createdAt, id";
        return ProductEntity.<ProductEntity>find(query, parameters).page(0, limit).list().chain(this::withVariants);
    }

    @Override
    public Uni<List<VariantOnSale>> variantsBySku(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return VariantEntity.<VariantEntity>list("sku in ?1", List.copyOf(skus)).chain(variants -> {
            if (variants.isEmpty()) {
                return Uni.createFrom().item(List.<VariantOnSale>of());
            }
            List<String> productIds = variants.stream().map(v -> v.productId).distinct().toList();
            return ProductEntity.<ProductEntity>list("id in ?1", productIds).map(products -> {
                Map<String, ProductEntity> byId = products.stream().collect(Collectors.toMap(p -> p.id, p -> p));
                return variants.stream().map(v -> new VariantOnSale(toDomain(v), byId.get(v.productId).name,
                        byId.get(v.productId).categoryId, byId.get(v.productId).active)).toList();
            });
        });
    }

    private Uni<List<Product>> withVariants(List<ProductEntity> products) {
        if (products.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> ids = products.stream().map(p -> p.id).toList();
        return VariantEntity.<VariantEntity>list("productId in ?1 order by sku", ids).map(variants -> {
            Map<String, List<Variant>> byProduct = variants.stream().map(this::toDomain)
                    .collect(Collectors.groupingBy(v -> v.productId().toString()));
            return products.stream().map(p -> toDomain(p, byProduct.getOrDefault(p.id, List.of()))).toList();
        });
    }

    private ProductEntity toEntity(Product product) {
        ProductEntity entity = new ProductEntity();
        entity.id = product.id().toString();
        entity.name = product.name();
        entity.description = product.description();
        entity.categoryId = product.categoryId();
        entity.brandId = product.brandId();
        entity.imageUrls = write(product.imageUrls());
        entity.active = product.active();
        entity.createdAt = product.createdAt();
        return entity;
    }

    private VariantEntity toEntity(Variant variant) {
        VariantEntity entity = new VariantEntity();
        entity.id = variant.id().toString();
        entity.productId = variant.productId().toString();
        entity.sku = variant.sku();
        entity.price = variant.price().amount();
        entity.attributes = write(variant.attributes());
        entity.active = variant.active();
        return entity;
    }

    private Product toDomain(ProductEntity e, List<Variant> variants) {
        return new Product(UUID.fromString(e.id), e.name, e.description, e.categoryId, e.brandId, read(e.imageUrls, URLS),
                e.active, e.createdAt, variants);
    }

    private Variant toDomain(VariantEntity e) {
        return new Variant(UUID.fromString(e.id), UUID.fromString(e.productId), e.sku, new Money(e.price),
                read(e.attributes, ATTRIBUTES), e.active);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable catalog column: " + value, e);
        }
    }
}
