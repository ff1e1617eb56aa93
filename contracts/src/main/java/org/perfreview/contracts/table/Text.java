package org.perfreview.contracts.table;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A normalized text value beside the raw cell text it came from. {@code raw} is the cell exactly as
 * filed (never trimmed), {@code value} is what rules read (whitespace folded, or the normalized form).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Text(String value, String raw, Position at) {

    public static Text of(String value) {
        return new Text(value, value, null);
    }

    @JsonIgnore
    public boolean isBlank() {
        return value == null || value.isBlank();
    }

    public static String valueOf(Text t) {
        return t == null || t.value() == null ? "" : t.value();
    }
}
