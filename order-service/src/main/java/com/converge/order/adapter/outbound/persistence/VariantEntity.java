package com.converge.order.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

@Entity
@Table(name = "variant")
public class VariantEntity extends PanacheEntityBase {

    @Id
    @Column(columnDefinition = "CHAR(36)")
    public String id;

    @Column(name = "product_id")
    public String productId;

    public String sku;
    public BigDecimal price;

    /** JSON object of attribute name to value. */
    public String attributes;

    public boolean active;
}
