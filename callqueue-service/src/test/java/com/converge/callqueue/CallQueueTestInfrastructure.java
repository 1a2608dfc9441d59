package com.converge.callqueue;

import com.converge.kernel.testing.ConvergeTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this service runs on the real broker and a fresh callqueue_test database. */
@WithTestResource(value = ConvergeTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "callqueue"))
public final class CallQueueTestInfrastructure {

    private CallQueueTestInfrastructure() {
    }
}
