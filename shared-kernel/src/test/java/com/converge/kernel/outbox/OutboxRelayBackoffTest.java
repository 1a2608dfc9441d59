package com.converge.kernel.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxRelayBackoffTest {

    private final OutboxConfig config = new OutboxConfig() {
        @Override
        public Duration pollInterval() {
            return Duration.ofMillis(500);
        }

        @Override
        public int batchSize() {
            return 200;
        }

        @Override
        public Duration initialBackoff() {
            return Duration.ofMillis(200);
        }

        @Override
        public Duration maxBackoff() {
            return Duration.ofSeconds(30);
        }

        @Override
        public Duration retention() {
            return Duration.ofDays(7);
        }

        @Override
        public Duration shutdownGrace() {
            return Duration.ofSeconds(10);
        }
    };

    private final OutboxRelay relay = new OutboxRelay(null, null, null, config);

    @Test
    void whileKafkaIsDownTheRelayBacksOffExponentiallyUpToTheCap() {
        assertThat(relay.backoffAfter(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(relay.backoffAfter(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(relay.backoffAfter(5)).isEqualTo(Duration.ofMillis(3200));
        assertThat(relay.backoffAfter(8)).isEqualTo(Duration.ofSeconds(25).plusMillis(600));
        assertThat(relay.backoffAfter(9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(relay.backoffAfter(500)).isEqualTo(Duration.ofSeconds(30));
    }
}
