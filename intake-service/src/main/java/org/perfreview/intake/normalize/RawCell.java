package org.perfreview.intake.normalize;

import org.perfreview.contracts.table.Position;
import org.perfreview.contracts.table.Text;

/** A cell's text exactly as filed and where it was read; raw is null for a cell that does not exist. */
public record RawCell(String raw, Position at) {

    public static final RawCell ABSENT = new RawCell(null, null);

    public boolean isBlank() {
        return TextFolder.isBlank(raw);
    }

    public String folded() {
        return TextFolder.fold(raw);
    }

    /** The cell as a {@link Text}: whitespace folded in value, raw untouched. */
    public Text text() {
        return new Text(TextFolder.fold(raw), raw, at);
    }
}
