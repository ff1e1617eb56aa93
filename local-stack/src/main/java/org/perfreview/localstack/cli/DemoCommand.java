package org.perfreview.localstack.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.perfreview.localstack.LocalStack;
import org.perfreview.localstack.StackJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;

/**
 * Starts the stack in the foreground, runs {@value StackJob#DEMO_CLASS} against it, then stops it (or, with
 * {@code --keep-running}, waits for Ctrl-C). Arguments the stack does not use, options too, go to the job.
 */
@Command(name = "demo",
        description = "Start the stack, run the demo flow, stop (or keep running until Ctrl-C).")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    StackOptions options;

    @Option(names = "--keep-running", description = "Leave the stack up after the demo, until Ctrl-C.")
    boolean keepRunning;

    @Parameters(paramLabel = "ARGS", description = "Passed to the demo flow, like any option the stack does not know.")
    List<String> jobArgs = new ArrayList<>();

    @Unmatched
    List<String> unknownOptions = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        StackJob job = loadJob(StackJob.DEMO_CLASS);
        if (job == null) {
            System.err.println("the demo flow (" + StackJob.DEMO_CLASS + ") is not part of this build");
            return 2;
        }
        try (LocalStack stack = LocalStack.start(options.config(keepRunning))) {
            System.out.print(UpCommand.summary(stack.info(), stack.tokens()));
            List<String> passed = new ArrayList<>(jobArgs);
            passed.addAll(unknownOptions);
            int code = job.run(stack.info(), List.copyOf(passed));
            if (keepRunning) {
                System.out.println(reviewHint(stack.info()));
                portalLine(stack.info()).ifPresent(System.out::println);
                System.out.println("demo finished with code " + code + "; stack keeps running until Ctrl-C");
                new CountDownLatch(1).await();
            }
            return code;
        }
    }

    /** One sentence, printed after the summary, on how a reviewer takes over from the machine score. */
    static String reviewHint(org.perfreview.localstack.StackInfo info) {
        String scoring = info.scoring();
        String report = info.report();
        return "To review, take the batch id printed above and, with $REVIEWER as bearer token, list the queue at " + scoring
                + "/api/batches/BATCH/review-queue, open a table at " + scoring + "/api/submissions/ID/review, POST "
                + "{\"action\":\"DISMISS\",\"finding\":\"KEY\",\"reason\":\"...\"} to .../decisions and "
                + "{\"round\":\"初审\",\"outcome\":\"退回修改\",\"refileDeadline\":\"YYYY-MM-DD\"} to .../outcomes, then download the unit's notice from "
                + report + "/api/batches/BATCH/units/UNIT/notice?round=初审&format=docx.";
    }

    /** Where people sign in, when the stack runs the portal (with the identity provider). */
    static java.util.Optional<String> portalLine(org.perfreview.localstack.StackInfo info) {
        String url = info.services().get(org.perfreview.localstack.service.PortalSpec.KEY);
        return url == null ? java.util.Optional.empty()
                : java.util.Optional.of("Portal: " + url + "/ (sign in with a demo user listed above; units upload, reviewers review)");
    }

    /** The job class if present (else null); it must implement StackJob and have a no-argument constructor. */
    static StackJob loadJob(String className) throws ReflectiveOperationException {
        Class<?> type;
        try {
            type = Class.forName(className);
        } catch (ClassNotFoundException e) {
            return null;
        }
        if (!StackJob.class.isAssignableFrom(type)) {
            throw new IllegalStateException(className + " does not implement " + StackJob.class.getName());
        }
        return (StackJob) type.getDeclaredConstructor().newInstance();
    }
}
