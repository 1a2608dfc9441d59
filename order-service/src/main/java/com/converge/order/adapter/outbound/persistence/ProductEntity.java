package com.converge.order.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "product")
public class ProductEntity extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "CHAR(36)")
    public String id;

    public String name;
    public String description;

    @Column(name = "category_id")
    public long categoryId;

    @Column(name = "brand_id")
    public Long brandId;

    /** JSON array of URLs. */
    @Column(name = "image_urls")
    public String imageUrls;

    public boolean active;

    @Column(name = "created_at")
    public Instant createdAt;
}
