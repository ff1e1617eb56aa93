package org.perfreview.report.export;

import org.perfreview.contracts.score.FindingLocation;

/** A finding's location as a reader looks for it: {@code Sheet1!F12 指标“出警及时”}. */
public final class Locations {
    private Locations() {
    }

    public static String describe(FindingLocation location) {
        if (location == null) {
            return "整表";
        }
        StringBuilder text = new StringBuilder();
        if (location.row() != null) {
            text.append(location.sheet() == null ? "" : location.sheet() + "!")
                    .append(location.column() == null ? "第" + location.row() + "行" : location.column() + location.row());
        } else if (location.sheet() != null) {
            text.append(location.sheet());
        }
        if (location.indicator() != null && !location.indicator().isBlank()) {
            text.append(text.isEmpty() ? "" : " ").append("指标“").append(location.indicator().strip()).append("”");
        }
        return text.isEmpty() ? "整表" : text.toString();
    }
}
