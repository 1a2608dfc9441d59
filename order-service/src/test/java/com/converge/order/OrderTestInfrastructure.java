package com.converge.order;

import com.converge.kernel.testing.ConvergeTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this service runs on the real broker and a fresh orders_test database. */
@WithTestResource(value = ConvergeTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "orders"))
public final class OrderTestInfrastructure {

    private OrderTestInfrastructure() {
    }
}
