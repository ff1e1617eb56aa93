package org.perfreview.e2e;

import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.StackConfig;

import java.nio.file.Path;

/** One local stack (real Kafka, real PostgreSQL, the three packaged services) shared by every IT in this JVM. */
final class Stack {
    private static LocalStack stack;

    private Stack() {
    }

    static synchronized LocalStack get() throws Exception {
        if (stack == null) {
            stack = LocalStack.start(StackConfig.builder().workDir(Path.of("target/stack").toAbsolutePath()).build());
            Runtime.getRuntime().addShutdownHook(new Thread(Stack::stop));
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
