package org.perfreview.deploy.support;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Environment variables a service needs in prod. The fixed part is the services' configuration
 * contract (prod has no URLs or credentials baked in); the rest is every {@code ${NAME}} without a
 * default in the service's application.properties.
 */
public final class RequiredSettings {
    /** Either one configures the JWT verification key. */
    public static final Set<String> JWT_KEY = Set.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_PUBLICKEY");
    private static final Set<String> ALWAYS = Set.of(
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
            "KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_ISSUER");
    /** Against Strimzi's SCRAM-over-TLS listener. */
    public static final Set<String> KAFKA_SCRAM_TLS = Set.of(
            "KAFKA_SECURITY_PROTOCOL", "KAFKA_SASL_MECHANISM", "KAFKA_SASL_JAAS_CONFIG",
            "KAFKA_SSL_TRUSTSTORE_TYPE", "KAFKA_SSL_TRUSTSTORE_LOCATION");

    private RequiredSettings() {
    }

    public static Set<String> forService(DeployedService service) {
        Set<String> required = new TreeSet<>(ALWAYS);
        for (String reference : service.config().referencesWithoutDefault()) {
            required.add(envName(reference));
        }
        return required;
    }

    /** The environment variable SmallRye Config maps to a property name (non-alphanumerics to _, upper case). */
    public static String envName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
