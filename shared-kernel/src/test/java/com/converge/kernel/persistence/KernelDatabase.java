package com.converge.kernel.persistence;

import com.converge.kernel.testing.TestDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A fresh {@code kernel_test} database and no broker: the kernel's own test application publishes
 * nothing, and starting the test broker would add a minute to every module's build that runs the
 * kernel's tests. The producer is pointed at a port nothing listens on.
 */
public class KernelDatabase implements QuarkusTestResourceLifecycleManager {

    static final String NAME = "kernel_test";

    @Override
    public Map<String, String> start() {
        TestDatabase.recreate(NAME);
        return Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:1",
                "converge.database", TestDatabase.name(NAME),
                "quarkus.datasource.username", TestDatabase.user(),
                "quarkus.datasource.password", TestDatabase.password());
    }

    @Override
    public void stop() {
        // the database is kept for a post-mortem
    }
}
