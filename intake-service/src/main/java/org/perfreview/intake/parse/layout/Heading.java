package org.perfreview.intake.parse.layout;

import org.perfreview.contracts.table.TableKind;
import org.perfreview.contracts.table.Text;

/** A title line above a table (整体支出绩效目标表, 1.1中共…整体支出绩效目标表) and the kind it announces, if any. */
public record Heading(Text text, TableKind kind) {
}
