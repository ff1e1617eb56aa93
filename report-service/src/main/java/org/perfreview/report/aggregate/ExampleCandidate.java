package org.perfreview.report.aggregate;

import org.perfreview.contracts.score.Finding;
import org.perfreview.contracts.score.ScoreCard;
import org.perfreview.contracts.score.Severity;

import java.util.Comparator;

/**
 * A finding that could be quoted as a problem's example. The natural order decides which examples a
 * report shows: errors before warnings, then by unit code and position, so the choice is the same
 * whatever order the cards arrived in.
 */
record ExampleCandidate(int severity, String unitCode, String unitName, int kind, String tableKey, int row,
                        String evidence) implements Comparable<ExampleCandidate> {

    private static final Comparator<String> TEXT = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<ExampleCandidate> ORDER = Comparator
            .comparingInt(ExampleCandidate::severity)
            .thenComparing(ExampleCandidate::unitCode, TEXT)
            .thenComparingInt(ExampleCandidate::kind)
            .thenComparing(ExampleCandidate::tableKey, TEXT)
            .thenComparingInt(ExampleCandidate::row)
            .thenComparing(ExampleCandidate::evidence, TEXT)
            .thenComparing(ExampleCandidate::unitName, TEXT);

    /** Null when the finding quotes nothing: an example without the unit's own words is no example. */
    static ExampleCandidate of(ScoreCard card, Finding finding) {
        if (finding.evidence() == null || finding.evidence().isBlank()) {
            return null;
        }
        Severity severity = finding.severity() == null ? Severity.INFO : finding.severity();
        Integer row = finding.location() == null ? null : finding.location().row();
        return new ExampleCandidate(severity.ordinal(), TableId.of(card).unitCode(), Facts.unitName(card),
                card.submission().tableKind().ordinal(), card.submission().tableKey(),
                row == null ? Integer.MAX_VALUE : row, finding.evidence().strip());
    }

    @Override
    public int compareTo(ExampleCandidate other) {
        return ORDER.compare(this, other);
    }
}
