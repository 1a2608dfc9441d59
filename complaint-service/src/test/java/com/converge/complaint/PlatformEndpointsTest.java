package com.converge.complaint;

import com.converge.kernel.testing.PlatformEndpointsContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PlatformEndpointsTest extends PlatformEndpointsContract {

    @Override
    protected String anApiPath() {
        return "/api/v1/complaints";
    }
}
