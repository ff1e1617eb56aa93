package org.perfreview.report.service;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.perfreview.localstack.jwt.PemKeys;
import org.perfreview.localstack.jwt.Tokens;

import java.util.Map;

/**
 * The test public key as key CONTENT: with no key configured at build time, smallrye-jwt's dev/test processor
 * installs a generated in-memory key (mp.jwt.verify.publickey), and content wins over the location
 * PostgresTestResource sets, so only content can replace it.
 */
public class TestPublicKey implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("mp.jwt.verify.publickey", PemKeys.classpathText(Tokens.TEST_PUBLIC_KEY_RESOURCE));
    }

    @Override
    public void stop() {
        // nothing to release
    }
}
