package org.perfreview.support.problem;

/** What the caller named does not exist (a batch, a submission, a rulebook version): 404. */
public class NotFound extends DomainException {

    public NotFound(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 404;
    }
}
