package com.converge.booking.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "subcategory")
public class SubcategoryEntity extends PanacheEntityBase {

    @Id
    public int id;

    @Column(name = "category_id")
    public int categoryId;

    public String name;

    @Column(name = "display_order")
    public int displayOrder;

    public boolean active;
}
