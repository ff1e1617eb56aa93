package org.perfreview.scoring.rulebook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Checks that grade bands cover 0 .. full score exactly once: no gaps, no overlaps, one open top band. */
final class GradeBands {

    private GradeBands() {
    }

    static List<String> problems(List<RulebookDocument.Grade> grades, BigDecimal fullScore) {
        List<String> problems = new ArrayList<>();
        if (grades == null || grades.isEmpty()) {
            problems.add("grades are missing");
            return problems;
        }
        for (RulebookDocument.Grade g : grades) {
            if (g.name() == null || g.name().isBlank() || g.action() == null || g.action().isBlank()) {
                problems.add("grade " + g.name() + ": name and action are required");
            }
            if (g.min() == null) {
                problems.add("grade " + g.name() + ": min is required");
                return problems;
            }
            if (g.max() != null && g.max().compareTo(g.min()) <= 0) {
                problems.add("grade " + g.name() + ": max " + g.max() + " must be above min " + g.min());
            }
        }
        List<RulebookDocument.Grade> sorted = new ArrayList<>(grades);
        sorted.sort(Comparator.comparing(RulebookDocument.Grade::min));
        if (sorted.get(0).min().signum() != 0) {
            problems.add("grade bands leave scores below " + sorted.get(0).min() + " without a grade (lowest min must be 0)");
        }
        for (int i = 0; i + 1 < sorted.size(); i++) {
            RulebookDocument.Grade lower = sorted.get(i);
            RulebookDocument.Grade upper = sorted.get(i + 1);
            if (lower.max() == null) {
                problems.add("grade " + lower.name() + " has no max but grade " + upper.name() + " starts above it (overlap)");
            } else if (lower.max().compareTo(upper.min()) > 0) {
                problems.add("grades " + lower.name() + " and " + upper.name() + " overlap: "
                        + lower.max() + " > " + upper.min());
            } else if (lower.max().compareTo(upper.min()) < 0) {
                problems.add("grades " + lower.name() + " and " + upper.name() + " leave a gap from "
                        + lower.max() + " to " + upper.min());
            }
        }
        RulebookDocument.Grade top = sorted.get(sorted.size() - 1);
        if (top.max() != null && top.max().compareTo(fullScore) <= 0) {
            problems.add("grade " + top.name() + " ends at " + top.max() + ": scores up to " + fullScore + " need a grade");
        }
        return problems;
    }
}
