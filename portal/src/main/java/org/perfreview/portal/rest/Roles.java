package org.perfreview.portal.rest;

/** The product's three roles, as the identity provider puts them in the {@code groups} claim. */
public final class Roles {
    public static final String UNIT = "unit";
    public static final String REVIEWER = "reviewer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
