package com.converge.booking.adapter.outbound.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "category")
public class CategoryEntity extends PanacheEntityBase {

    @Id
    public int id;

    public String name;

    @Column(name = "display_order")
    public int displayOrder;

    @Column(name = "supply_kind")
    public String supplyKind;

    public boolean active;
}
