package org.perfreview.support.web;

/** A client mistake in one named request field (path or query parameter, JSON property, multipart field): 400. */
public class InvalidInputException extends IllegalArgumentException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
