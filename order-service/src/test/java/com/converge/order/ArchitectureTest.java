package com.converge.order;

import com.converge.kernel.testing.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void dependenciesPointInward() {
        HexagonalArchitecture.check("com.converge.order");
    }
}
