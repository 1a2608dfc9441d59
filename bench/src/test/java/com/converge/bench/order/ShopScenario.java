package com.converge.bench.order;

import com.converge.bench.Scenario;

/** What the order scenarios share: order-service, and the shop's data set loaded afresh. */
abstract class ShopScenario implements Scenario {

    @Override
    public Service[] services() {
        return new Service[] {Shop.SERVICE};
    }

    @Override
    public void prepare() throws Exception {
        Shop.load();
    }
}
