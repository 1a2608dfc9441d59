package com.converge.kernel.persistence;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The kernel as an application of its own, on a pool of two connections (the kernel has no Flyway: the test makes its table). */
public class TinyPool implements QuarkusTestProfile {

    static final int CONNECTIONS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.application.name", "shared-kernel-test",
                "quarkus.http.test-port", "0",
                "quarkus.datasource.reactive.max-size", String.valueOf(CONNECTIONS));
    }
}
