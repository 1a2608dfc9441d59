package com.converge.callqueue.adapter.outbound.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "score_change")
public class ScoreChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "entry_id", columnDefinition = "CHAR(36)")
    public String entryId;

    public String cause;

    @Column(name = "outcome_adjustment")
    public int outcomeAdjustment;

    @Column(name = "attempt_penalty")
    public int attemptPenalty;

    @Column(name = "score_before")
    public int scoreBefore;

    @Column(name = "score_after")
    public int scoreAfter;

    @Column(name = "changed_at")
    public Instant changedAt;
}
