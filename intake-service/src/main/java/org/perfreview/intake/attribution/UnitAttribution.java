package org.perfreview.intake.attribution;

import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.intake.normalize.NarrowForms;

import java.util.List;
import java.util.Optional;

/**
 * Attributes a table that carries no unit code to a unit of the batch's control list by its unit name: the
 * exact name first, then the folded name (full-width forms narrowed, spaces and punctuation dropped). Only a
 * single control-list row with a code attributes; two rows of the same name attribute nothing.
 */
final class UnitAttribution {

    private final List<ControlEntry> control;

    UnitAttribution(List<ControlEntry> control) {
        this.control = control.stream().filter(e -> !e.aggregate() && e.unitCode() != null && e.unitName() != null).toList();
    }

    Optional<Match> attribute(String unitName) {
        if (unitName == null || unitName.isBlank()) {
            return Optional.empty();
        }
        String exact = unitName.strip();
        List<ControlEntry> same = control.stream().filter(e -> e.unitName().strip().equals(exact)).toList();
        if (same.size() == 1) {
            return Optional.of(new Match(same.get(0), false));
        }
        if (!same.isEmpty()) {
            return Optional.empty();
        }
        String folded = fold(unitName);
        List<ControlEntry> alike = control.stream().filter(e -> fold(e.unitName()).equals(folded)).toList();
        return alike.size() == 1 ? Optional.of(new Match(alike.get(0), true)) : Optional.empty();
    }

    static String fold(String name) {
        StringBuilder b = new StringBuilder();
        NarrowForms.of(name).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The control-list row a name matched, and whether only the folded name matched. */
    record Match(ControlEntry entry, boolean folded) {
    }
}
