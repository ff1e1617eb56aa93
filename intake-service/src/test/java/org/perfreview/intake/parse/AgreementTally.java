package org.perfreview.intake.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Counts equal fields against all fields, by group, and keeps the mismatches for the printout. */
final class AgreementTally {

    private final String name;
    private long unitFields;
    private long unitEqual;
    private long indicatorFields;
    private long indicatorEqual;
    final List<String> mismatches = new ArrayList<>();

    AgreementTally(String name) {
        this.name = name;
    }

    void unit(String where, String field, Object expected, Object actual) {
        unitFields++;
        if (Objects.equals(expected, actual)) {
            unitEqual++;
        } else {
            mismatches.add(where + " " + field + ": expected «" + expected + "» got «" + actual + "»");
        }
    }

    void indicator(String where, String field, String expected, String actual) {
        indicatorFields++;
        if (Objects.equals(expected, actual)) {
            indicatorEqual++;
        } else {
            mismatches.add(where + " " + field + ": expected «" + expected + "» got «" + actual + "»");
        }
    }

    void add(AgreementTally other) {
        unitFields += other.unitFields;
        unitEqual += other.unitEqual;
        indicatorFields += other.indicatorFields;
        indicatorEqual += other.indicatorEqual;
        mismatches.addAll(other.mismatches);
    }

    double unitAgreement() {
        return unitFields == 0 ? 0 : (double) unitEqual / unitFields;
    }

    double indicatorAgreement() {
        return indicatorFields == 0 ? 0 : (double) indicatorEqual / indicatorFields;
    }

    double overall() {
        long all = unitFields + indicatorFields;
        return all == 0 ? 0 : (double) (unitEqual + indicatorEqual) / all;
    }

    long indicatorFields() {
        return indicatorFields;
    }

    @Override
    public String toString() {
        return String.format("%-22s unit fields %d/%d (%.2f%%)  indicator fields %d/%d (%.2f%%)  overall %.2f%%",
                name, unitEqual, unitFields, 100 * unitAgreement(), indicatorEqual, indicatorFields,
                100 * indicatorAgreement(), 100 * overall());
    }
}
