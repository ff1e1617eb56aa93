package org.perfreview.localstack.service;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.perfreview.localstack.jwt.Tokens;
import org.perfreview.localstack.postgres.DatabaseCredentials;

/**
 * The environment every service gets from the stack: its database, the broker, and the JWT verification key.
 * The signing key is never handed to a service.
 */
public final class ServiceEnvironment {
    private ServiceEnvironment() {
    }

    public static Map<String, String> of(DatabaseCredentials db, String kafkaBootstrap, Path jwtPublicKey,
                                         Map<String, String> extra) {
        return of(db, kafkaBootstrap, jwtPublicKey, Tokens.ISSUER, extra);
    }

    /**
     * With the issuer tokens must name: {@link Tokens#ISSUER} for the stack's own tokens, the realm URL when the
     * identity provider runs (it signs with the same key, so the public key stays the one to verify with).
     */
    public static Map<String, String> of(DatabaseCredentials db, String kafkaBootstrap, Path jwtPublicKey, String issuer,
                                         Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
        env.put("QUARKUS_DATASOURCE_USERNAME", db.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", db.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwtPublicKey.toAbsolutePath().toString());
        env.put("MP_JWT_VERIFY_ISSUER", issuer);
        env.putAll(extra);
        return env;
    }
}
