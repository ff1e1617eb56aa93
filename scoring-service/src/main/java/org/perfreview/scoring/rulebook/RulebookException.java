package org.perfreview.scoring.rulebook;

import java.util.List;

/** A rulebook that cannot be used; {@link #problems()} lists every reason, one per line of the message. */
public class RulebookException extends RuntimeException {

    private final List<String> problems;

    public RulebookException(List<String> problems) {
        super("invalid rulebook:\n- " + String.join("\n- ", problems));
        this.problems = List.copyOf(problems);
    }

    public RulebookException(String problem, Throwable cause) {
        super("invalid rulebook:\n- " + problem, cause);
        this.problems = List.of(problem);
    }

    public List<String> problems() {
        return problems;
    }
}
