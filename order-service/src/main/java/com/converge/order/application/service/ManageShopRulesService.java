package com.converge.order.application.service;

import com.converge.kernel.application.UnitOfWork;
import com.converge.order.application.port.inbound.ManageShopRulesUseCase;
import com.converge.order.application.port.outbound.Promos;
import com.converge.order.application.port.outbound.ShippingZones;
import com.converge.order.domain.Promo;
import com.converge.order.domain.ShippingZone;
import io.smallrye.mutiny.Uni;
import java.util.List;

public class ManageShopRulesService implements ManageShopRulesUseCase {

    private final UnitOfWork unitOfWork;
    private final Promos promos;
    private final ShippingZones zones;

    public ManageShopRulesService(UnitOfWork unitOfWork, Promos promos, ShippingZones zones) {
        this.unitOfWork = unitOfWork;
        this.promos = promos;
        this.zones = zones;
    }

    @Override
    public Uni<Promo> addPromo(Promo promo) {
        return unitOfWork.transactionally(() -> promos.add(promo)).replaceWith(promo);
    }

    @Override
    public Uni<ShippingZone> addShippingZone(ShippingZone zone) {
        return unitOfWork.transactionally(() -> zones.add(zone))
                .map(id -> new ShippingZone(id, zone.name(), zone.state(), zone.pincodePrefix(), zone.fee(), zone.freeAbove()));
    }

    @Override
    public Uni<List<ShippingZone>> shippingZones() {
        return unitOfWork.reading(zones::all);
    }
}
