package org.perfreview.support;

import org.eclipse.microprofile.config.Config;

import java.util.HashMap;
import java.util.Map;

/** The {@code kafka.*} client settings (bootstrap servers, security, SASL), the keys the SmallRye connector reads too. */
public final class KafkaSettings {
    private KafkaSettings() {
    }

    public static Map<String, Object> from(Config config) {
        Map<String, Object> props = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.") && !name.startsWith("kafka.devservices")) {
                config.getOptionalValue(name, String.class).ifPresent(v -> props.put(name.substring("kafka.".length()), v));
            }
        }
        return props;
    }
}
