package com.converge.order.application.port.inbound;

import com.converge.order.domain.Promo;
import com.converge.order.domain.ShippingZone;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** The promo codes and shipping zones that price orders. */
public interface ManageShopRulesUseCase {

    Uni<Promo> addPromo(Promo promo);

    Uni<ShippingZone> addShippingZone(ShippingZone zone);

    Uni<List<ShippingZone>> shippingZones();
}
