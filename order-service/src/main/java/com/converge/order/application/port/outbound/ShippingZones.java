package com.converge.order.application.port.outbound;

import com.converge.order.domain.ShippingZone;
import io.smallrye.mutiny.Uni;
import java.util.List;

public interface ShippingZones {

    Uni<Long> add(ShippingZone zone);

    Uni<List<ShippingZone>> all();
}
