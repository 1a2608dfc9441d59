package com.converge.callqueue.adapter.outbound.persistence;

import com.converge.callqueue.application.port.outbound.ScoreHistory;
import com.converge.callqueue.domain.Score;
import com.converge.callqueue.domain.ScoreChange;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MariaDbScoreHistory implements ScoreHistory {

    @Override
    public Uni<Void> append(UUID entryId, ScoreChange change) {
        ScoreChangeEntity entity = new ScoreChangeEntity();
        entity.entryId = entryId.toString();
        entity.cause = change.cause();
        entity.outcomeAdjustment = change.outcomeAdjustment();
        entity.attemptPenalty = change.attemptPenalty();
        entity.scoreBefore = change.before().value();
        entity.scoreAfter = change.after().value();
        entity.changedAt = change.changedAt();
        return Panache.getSession().chain(session -> session.persist(entity));
    }

    @Override
    public Uni<List<ScoreChange>> of(UUID entryId) {
        return Panache.getSession().chain(session -> session
                        .createQuery("from ScoreChangeEntity where entryId = :entry order by seq", ScoreChangeEntity.class)
                        .setParameter("entry", entryId.toString())
                        .getResultList())
                .map(rows -> rows.stream().map(r -> new ScoreChange(r.cause, r.outcomeAdjustment, r.attemptPenalty,
                        new Score(r.scoreBefore), new Score(r.scoreAfter), r.changedAt)).toList());
    }
}
