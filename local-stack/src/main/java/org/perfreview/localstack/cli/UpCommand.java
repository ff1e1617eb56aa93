package org.perfreview.localstack.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.StackInfo;
import org.perfreview.localstack.StackLayout;
import org.perfreview.localstack.jwt.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Starts the stack and stays alive as its supervisor until SIGTERM/Ctrl-C, whose shutdown hook stops
 * everything. Writes {@code summary.txt} last: the script waits for it before returning.
 */
@Command(name = "up", description = "Start PostgreSQL, Kafka and the services; stays in the foreground (the script detaches it).")
final class UpCommand implements Callable<Integer> {
    /** Tells main not to exit: the JVM lives on until a signal. */
    static final int STAY_RUNNING = Integer.MIN_VALUE;

    @Mixin
    StackOptions options;

    @Override
    public Integer call() throws IOException, InterruptedException {
        StackLayout layout = options.common.layout();
        Files.deleteIfExists(layout.summary());
        LocalStack stack = LocalStack.start(options.config(true));
        String summary = summary(stack.info(), stack.tokens());
        Files.writeString(layout.summary(), summary, StandardCharsets.UTF_8);
        System.out.print(summary);
        System.out.flush();
        new CountDownLatch(1).await();
        return STAY_RUNNING;
    }

    static String summary(StackInfo info, Tokens tokens) {
        StringBuilder text = new StringBuilder("perf-review local stack is up\n");
        info.services().forEach((key, url) -> text.append(String.format("  %-9s %s%n", key, url)));
        text.append(String.format("  %-9s %s%n", "kafka", info.kafka()));
        text.append(String.format("  %-9s %s{intake,scoring,report}%n", "postgres", info.postgres()));
        text.append(String.format("  %-9s %s%n", "logs", info.workDir().resolve("logs")));
        text.append("demo tokens (12 h):\n");
        text.append("  REVIEWER=").append(tokens.reviewer()).append('\n');
        text.append("  ADMIN=").append(tokens.admin()).append('\n');
        text.append("  unit tokens: ./perf-review token unit <UNIT_CODE>[,<UNIT_CODE>...]\n");
        if (info.identity() != null) {
            text.append(SignIns.text(info.identity()));
        }
        text.append("stop with: ./perf-review down\n");
        return text.toString();
    }
}
