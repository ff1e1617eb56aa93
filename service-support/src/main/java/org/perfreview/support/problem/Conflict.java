package org.perfreview.support.problem;

/** A step the current state does not allow (a review round already closed, a name already taken): 409. */
public class Conflict extends DomainException {

    public Conflict(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 409;
    }
}
