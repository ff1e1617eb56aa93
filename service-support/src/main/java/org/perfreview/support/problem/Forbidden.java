package org.perfreview.support.problem;

/** The caller is signed in but may not see or change this (another unit's table, another uploader's file): 403. */
public class Forbidden extends DomainException {

    public Forbidden(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }
}
