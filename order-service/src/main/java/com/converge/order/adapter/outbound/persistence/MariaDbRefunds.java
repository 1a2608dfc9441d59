package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.persistence.NativeSql;
import com.converge.kernel.domain.Money;
import com.converge.kernel.domain.OrderId;
import com.converge.order.application.port.outbound.Refunds;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
public class MariaDbRefunds implements Refunds {

    @Override
    public Uni<Boolean> record(OrderId orderId, Money amount, String reason, String source, String by, Instant at) {
        return Sql.update("""
                        INSERT IGNORE INTO refund (order_id, amount, reason, source, recorded_by, recorded_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)""",
                orderId.toString(), amount.amount(), reason, source, by, NativeSql.utc(at))
                .map(inserted -> inserted == 1);
    }
}
