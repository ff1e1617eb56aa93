package org.perfreview.localstack;

import java.util.List;

/**
 * Work run against a started stack by {@code ./perf-review demo}: the CLI starts the stack, calls
 * {@link #run}, and stops the stack afterwards (unless {@code --keep-running}). The demo flow is the class
 * {@value #DEMO_CLASS}, looked up by name so this module builds without it.
 */
@FunctionalInterface
public interface StackJob {
    String DEMO_CLASS = "org.perfreview.localstack.demo.DemoJob";

    /** Returns the process exit code (0 = success). {@code args} are the CLI arguments after {@code demo}. */
    int run(StackInfo stack, List<String> args) throws Exception;
}
