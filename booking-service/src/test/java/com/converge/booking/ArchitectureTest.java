package com.converge.booking;

import com.converge.kernel.testing.HexagonalArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void dependenciesPointInward() {
        HexagonalArchitecture.check("com.converge.booking");
    }
}
