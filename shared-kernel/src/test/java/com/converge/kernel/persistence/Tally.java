package com.converge.kernel.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The kernel test application's one entity: Hibernate Reactive starts only with an entity to map. */
@Entity
@Table(name = "tally")
public class Tally extends PanacheEntityBase {

    @Id
    public Integer id;

    @Column(name = "first_half")
    public int firstHalf;

    @Column(name = "second_half")
    public int secondHalf;
}
