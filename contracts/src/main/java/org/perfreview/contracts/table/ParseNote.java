package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A positioned problem met while reading: what was expected and what was found. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParseNote(Level level, Position at, String message, String expected, String found) {

    public enum Level { ERROR, WARNING }
}
