package com.converge.order.adapter.outbound.persistence;

import com.converge.kernel.domain.Money;
import com.converge.order.application.port.outbound.ShippingZones;
import com.converge.order.domain.ShippingZone;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;

@ApplicationScoped
public class MariaDbShippingZones implements ShippingZones {

    @Override
    public Uni<Long> add(ShippingZone zone) {
        return Sql.update("""
                        INSERT INTO shipping_zone (name, state, pincode_prefix, fee, free_above)
                        VALUES (?1, NULLIF(?2, ''), NULLIF(?3, ''), ?4, IF(?5 < 0, NULL, ?5))""",
                        zone.name(), zone.state() == null ? "" : zone.state(), zone.pincodePrefix() == null ? "" : zone.pincodePrefix(),
                        zone.fee().amount(), zone.freeAbove() == null ? BigDecimal.valueOf(-1) : zone.freeAbove().amount())
                .chain(() -> Sql.rows("SELECT LAST_INSERT_ID(), 1"))
                .map(rows -> ((Number) rows.get(0)[0]).longValue());
    }

    @Override
    public Uni<List<ShippingZone>> all() {
        return Sql.rows("SELECT id, name, state, pincode_prefix, fee, free_above FROM shipping_zone ORDER BY id")
                .map(rows -> rows.stream().map(r -> new ShippingZone(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        (String) r[3], new Money((BigDecimal) r[4]), r[5] == null ? null : new Money((BigDecimal) r[5]))).toList());
    }
}
