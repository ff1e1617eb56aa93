package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.constraints.NotNull;

/** A positioned problem met while reading: what was expected and what was found. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParseNote(@NotNull Level level, Position at, @NotNull String message, String expected, String found) {

    public enum Level { ERROR, WARNING }
}
