package org.perfreview.contracts.batch;

import java.util.List;

/**
 * The rulebook versions a batch may name: those scoring-service ships (its {@code rulebooks/} resources;
 * scoring's ShippedRulebookVersionsTest keeps the two equal). intake-service refuses any other version at batch
 * creation, so no table is ever scored against a rulebook that does not exist.
 */
public final class RulebookVersions {

    public static final List<String> SHIPPED = List.of("2024.2");

    private RulebookVersions() {
    }

    public static boolean isShipped(String version) {
        return SHIPPED.contains(version);
    }
}
