package org.perfreview.support.web;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** Error body of every 4xx/5xx (RFC 9457 shape): what went wrong and, for uploads, every positioned problem. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(int status, String title, String detail, List<?> problems, Object resource) {

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, null, null);
    }
}
