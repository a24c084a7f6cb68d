package org.aigc.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void picksDistinctPortsBelowTheEphemeralRange() {
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.pick();
            assertThat(port).isBetween(FreePorts.LOW, FreePorts.HIGH - 1);
            assertThat(ports.add(port)).as("port %d picked twice", port).isTrue();
        }
    }

    @Test
    void keepsAGivenPort() {
        assertThat(FreePorts.orFree(18_123)).isEqualTo(18_123);
    }
}
