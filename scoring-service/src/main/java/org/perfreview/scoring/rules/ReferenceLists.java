package org.perfreview.scoring.rules;

import org.perfreview.contracts.batch.Batch;
import org.perfreview.contracts.batch.ControlEntry;
import org.perfreview.contracts.batch.StaffingEntry;

import java.util.List;
import java.util.Optional;

/**
 * The batch's control and staffing lists indexed for unit look-ups. Every table of a batch looks itself up
 * in the same lists, so the scoring service builds this once per batch version and hands it to the rules
 * in their {@link RuleContext}.
 */
public final class ReferenceLists {

    private final UnitIndex<ControlEntry> controlUnits;
    private final UnitIndex<StaffingEntry> staffing;

    private ReferenceLists(List<ControlEntry> control, List<StaffingEntry> staffing) {
        // Department rows (…系统) sum their units: a unit never matches one.
        this.controlUnits = new UnitIndex<>(control.stream().filter(e -> !e.aggregate()).toList(),
                ControlEntry::unitCode, ControlEntry::unitName);
        this.staffing = new UnitIndex<>(staffing, StaffingEntry::unitCode, StaffingEntry::unitName);
    }

    /** The lists of {@code batch} (none when the batch is unknown). */
    public static ReferenceLists of(Batch batch) {
        return new ReferenceLists(batch == null || batch.controlList() == null ? List.of() : batch.controlList(),
                batch == null || batch.staffingList() == null ? List.of() : batch.staffingList());
    }

    /** The unit's row of the control list (department rows excluded). */
    public Optional<ControlEntry> controlUnit(String unitCode, String unitName, double minSimilarity) {
        return controlUnits.find(unitCode, unitName, minSimilarity);
    }

    /** The unit's row of the staffing list. */
    public Optional<StaffingEntry> staffing(String unitCode, String unitName, double minSimilarity) {
        return staffing.find(unitCode, unitName, minSimilarity);
    }
}
