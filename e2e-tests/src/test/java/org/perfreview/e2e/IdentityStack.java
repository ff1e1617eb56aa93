package org.perfreview.e2e;

import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.StackConfig;

import java.nio.file.Path;

/**
 * One local stack with the identity provider (Keycloak, realm perf-review) and the portal, shared by the sign-in
 * ITs in this JVM ({@link SignInIT}, {@link PortalBrowserIT}): Keycloak's start is the slow part, so it starts once.
 * The other ITs use {@link Stack}, which runs without it. Each test makes its own batch, so they do not see each
 * other's data.
 */
final class IdentityStack {
    private static LocalStack stack;

    private IdentityStack() {
    }

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            stack = LocalStack.start(StackConfig.builder().workDir(Path.of("target/stack-identity").toAbsolutePath())
                    .identity(true).build());
            Runtime.getRuntime().addShutdownHook(new Thread(IdentityStack::stop));
        }
        return stack;
    }

    static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
