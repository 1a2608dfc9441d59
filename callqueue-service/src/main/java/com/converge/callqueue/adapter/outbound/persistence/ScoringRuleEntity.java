package com.converge.callqueue.adapter.outbound.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "scoring_rule")
public class ScoringRuleEntity {

    @Id
    public String outcome;

    public int adjustment;
}
