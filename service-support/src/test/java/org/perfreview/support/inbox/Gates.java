package org.perfreview.support.inbox;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.time.Duration;
import java.util.Map;

/** TEST-ONLY: a {@link ConsumerGate} built from the real {@link ConsumerConfig} mapping, with a drain timeout of the test's. */
final class Gates {

    private Gates() {
    }

    static ConsumerGate draining(Duration timeout) {
        ConsumerConfig config = new SmallRyeConfigBuilder()
                .withMapping(ConsumerConfig.class)
                .withSources(new PropertiesConfigSource(Map.of("perf.consumer.drain-timeout", timeout.toString()), "test", 100))
                .build()
                .getConfigMapping(ConsumerConfig.class);
        return new ConsumerGate(config);
    }
}
