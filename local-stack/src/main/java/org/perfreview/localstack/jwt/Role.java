package org.perfreview.localstack.jwt;

import java.util.Locale;

/** The three roles the services know; the token carries the lower-case name in {@code groups}. */
public enum Role {
    /** A budget unit filing its own tables; the token lists its unit codes in the {@code units} claim. */
    UNIT,
    /** A reviewer of the finance bureau (or a hired third party). */
    REVIEWER,
    /** Operates batches and rulebooks. */
    ADMIN;

    public String group() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role of(String group) {
        return Role.valueOf(group.trim().toUpperCase(Locale.ROOT));
    }
}
