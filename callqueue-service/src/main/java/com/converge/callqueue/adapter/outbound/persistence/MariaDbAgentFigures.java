package com.converge.callqueue.adapter.outbound.persistence;

import com.converge.callqueue.application.port.outbound.AgentFigures;
import com.converge.callqueue.domain.AgentDashboard;
import com.converge.kernel.domain.Money;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
public class MariaDbAgentFigures implements AgentFigures {

    private static final String CALLS = """
            select count(c), coalesce(sum(case when c.connected then 1 else 0 end), 0)
            from CallRecordEntity c where c.agentId = :agent and c.completedAt >= :from and c.completedAt < :to""";
    private static final String CLOSED = """
            select count(v), coalesce(sum(v.amount), 0)
            from ConversionEntity v
            where v.primaryAgent = :agent and v.convertedAt >= :from and v.convertedAt < :to and v.clawedBackAt is null""";
    private static final String COMMISSION = """
            select coalesce(sum(case when v.clawedBackAt is null then s.commissionAmount else 0 end), 0),
                   coalesce(sum(case when v.clawedBackAt is null then 0 else s.commissionAmount end), 0)
            from ConversionShareEntity s join ConversionEntity v on v.id = s.conversionId
            where s.agentId = :agent and v.convertedAt >= :from and v.convertedAt < :to""";

    @Override
    public Uni<AgentDashboard> of(String agentId, Instant from, Instant to) {
        return Panache.getSession().chain(session -> figures(session, CALLS, agentId, from, to)
                .chain(calls -> figures(session, CLOSED, agentId, from, to)
                        .chain(closed -> figures(session, COMMISSION, agentId, from, to)
                                .map(commission -> new AgentDashboard(agentId, from, to,
                                        number(calls[0]), number(calls[1]), number(closed[0]),
                                        money(closed[1]), money(commission[0]), money(commission[1]))))));
    }

    private static Uni<Object[]> figures(Mutiny.Session session, String hql, String agentId, Instant from, Instant to) {
        return session.createQuery(hql, Object[].class)
                .setParameter("agent", agentId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Money money(Object value) {
        BigDecimal amount = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return new Money(amount.setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
}
