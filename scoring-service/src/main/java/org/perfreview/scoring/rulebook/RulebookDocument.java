package org.perfreview.scoring.rulebook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The rulebook exactly as written in JSON, before validation. Kinds, severities and dimensions are plain
 * strings here so that the validator can report every bad value at once instead of failing on the first.
 */
public record RulebookDocument(
        String version,
        String name,
        Map<String, BigDecimal> dimensions,
        List<Grade> grades,
        Map<String, Object> lexicon,
        List<Rule> rules) {

    public record Grade(String name, BigDecimal min, BigDecimal max, String action) {
    }

    public record Rule(
            String code,
            String check,
            String title,
            Integer standard,
            String dimension,
            String severity,
            BigDecimal points,
            BigDecimal maxPoints,
            Map<String, Object> params,
            List<String> appliesTo,
            String message,
            String fix,
            Boolean enabled) {
    }
}
