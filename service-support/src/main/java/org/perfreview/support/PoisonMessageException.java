package org.perfreview.support;

/** A message no retry can fix (bad JSON, unknown type or version): it goes straight to the dead letters. */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String message) {
        super(message);
    }
}
