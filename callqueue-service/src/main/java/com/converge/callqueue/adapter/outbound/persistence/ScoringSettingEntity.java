package com.converge.callqueue.adapter.outbound.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "scoring_setting")
public class ScoringSettingEntity {

    static final String FREE_ATTEMPTS = "free_attempts";
    static final String PENALTY_PER_ATTEMPT = "penalty_per_attempt";

    @Id
    public String name;

    public int value;
}
