package org.perfreview.scoring.rulebook;

import org.perfreview.contracts.score.Dimension;
import org.perfreview.contracts.score.Severity;
import org.perfreview.contracts.table.TableKind;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One validated rule of a rulebook: what it is called and where it counts (code, title, review standard
 * 1-8, dimension), which check runs it with which parameters, how much each finding costs and the cap,
 * the table kinds it applies to, and the Chinese message and fix templates.
 */
public record RuleSpec(
        String code,
        String check,
        String title,
        int standard,
        Dimension dimension,
        Severity severity,
        BigDecimal points,
        BigDecimal maxPoints,
        RuleParams params,
        Set<TableKind> appliesTo,
        String message,
        String fix,
        boolean enabled) {

    public boolean appliesTo(TableKind kind) {
        return enabled && kind != null && appliesTo.contains(kind);
    }
}
