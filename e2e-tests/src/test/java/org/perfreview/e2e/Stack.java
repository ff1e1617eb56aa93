package org.perfreview.e2e;

import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.RepoRoot;
import org.perfreview.localstack.StackConfig;
import org.perfreview.localstack.service.ServiceSpec;

import java.nio.file.Path;

/**
 * One local stack (real Kafka, real PostgreSQL, the three packaged services) shared by every IT in this JVM. The
 * services export their traces to an {@link OtlpReceiver} started with it, so every test runs with tracing on.
 */
final class Stack {
    private static LocalStack stack;
    private static OtlpReceiver traces;

    private Stack() {
    }

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            traces = new OtlpReceiver();
            stack = LocalStack.start(StackConfig.builder().workDir(Path.of("target/stack").toAbsolutePath())
                    .services(ServiceSpec.defaults(RepoRoot.find()).stream().map(s -> s.withEnv(traces.serviceEnvironment())).toList())
                    .build());
            Runtime.getRuntime().addShutdownHook(new Thread(Stack::stop));
        }
        return stack;
    }

    /** The receiver the stack's services export their spans to. */
    static synchronized OtlpReceiver traces() throws Exception {
        get();
        return traces;
    }

    static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
        if (traces != null) {
            traces.close();
            traces = null;
        }
    }
}
