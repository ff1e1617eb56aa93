package org.perfreview.support.problem;

import org.perfreview.support.web.Inputs;
import org.perfreview.support.web.Problem;

/**
 * A refusal the domain decides (no such thing, a state that does not allow the step), thrown by services on the
 * HTTP and the Kafka path alike; only {@link org.perfreview.support.web.ProblemMappers} turns it into HTTP.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }

    /** The HTTP status the refusal maps to when it reaches a client. */
    public abstract int status();

    /** The problem JSON a client gets: the message as its detail unless a subclass says more. */
    public Problem problem() {
        return Problem.of(status(), Inputs.withoutControlCharacters(getMessage()));
    }
}
