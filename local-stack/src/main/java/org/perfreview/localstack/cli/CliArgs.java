package org.perfreview.localstack.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.perfreview.localstack.StackLayout;

/** {@code --flag}, {@code --option VALUE} and positional arguments, in any order. */
final class CliArgs {
    private static final Set<String> OPTIONS_WITH_VALUE =
            Set.of("--work-dir", "--partitions", "--timeout", "--upn", "--hours");

    private final List<String> positional = new ArrayList<>();
    private final Set<String> flags = new HashSet<>();
    private final Map<String, String> options = new HashMap<>();

    CliArgs(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(arg + " needs a value");
                }
                options.put(arg, args.get(++i));
            } else if (arg.startsWith("--")) {
                flags.add(arg);
            } else {
                positional.add(arg);
            }
        }
    }

    List<String> positional() {
        return positional;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** Flags the command does not know, passed on (demo arguments). */
    List<String> flagsExcept(Set<String> known) {
        return flags.stream().filter(f -> !known.contains(f)).sorted().toList();
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    Path workDir() {
        return Path.of(option("--work-dir", StackLayout.DEFAULT_WORK_DIR.toString()));
    }
}
