package org.perfreview.support.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Error body of every 4xx/5xx of every service (RFC 9457 shape): {@code type}, {@code title}, {@code status},
 * {@code detail}, the request {@code field} at fault where there is one, and for uploads every positioned problem.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "field"})
public record Problem(String type, String title, int status, String detail, String field, List<?> problems, Object resource) {

    public Problem(int status, String title, String detail, List<?> problems, Object resource) {
        this(ProblemTypes.type(status), title, status, detail, null, problems, resource);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, null, null);
    }

    /** A problem with the standard Chinese title of its status. */
    public static Problem of(int status, String detail) {
        return of(status, ProblemTypes.title(status), detail);
    }

    public static Problem ofField(int status, String field, String detail) {
        return new Problem(ProblemTypes.type(status), ProblemTypes.title(status), status, detail, field, null, null);
    }
}
